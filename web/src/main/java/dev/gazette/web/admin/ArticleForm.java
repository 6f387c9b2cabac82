package dev.gazette.web.admin;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article form as posted, to write a new article or correct one. {@link #check()} answers one message per field that a person can act on; a form
 * without errors becomes the same {@link ArticleFile} an uploaded file would.
 */
public class ArticleForm {

    @FormParam("source")
    public String source;
    @FormParam("newSource")
    public String newSource;
    @FormParam("title")
    public String title;
    @FormParam("date")
    public String date;
    @FormParam("time")
    public String time;
    @FormParam("abstract")
    public String summary;
    @FormParam("body")
    public String body;
    /** The version the editor started from, when correcting an article. */
    @FormParam("version")
    public String version;

    public static ArticleForm blank() {
        ArticleForm form = new ArticleForm();
        form.date = LocalDate.now().toString();
        form.time = LocalTime.now().withSecond(0).withNano(0).toString();
        return form;
    }

    /** The form of an article as stored, to correct it. */
    public static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.source = article.source().name();
        form.title = article.title();
        form.date = article.publishedLocally().toLocalDate().toString();
        form.time = article.publishedLocally().toLocalTime().withNano(0).toString();
        form.summary = article.summary();
        form.body = String.join("\n\n", article.paragraphs());
        form.version = String.valueOf(article.version());
        return form;
    }

    /** The source as typed (the type-ahead field), or as the older "new source" field named it. */
    public String sourceName() {
        return !isBlank(newSource) ? newSource.strip() : isBlank(source) ? null : source.strip();
    }

    public long versionNumber() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException missing) {
            return -1;
        }
    }

    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (sourceName() == null) {
            errors.put("source", "Type the name of the source: one Gazette knows, or a new one.");
        } else if (sourceName().length() > 100) {
            errors.put("source", "A source name can be at most 100 characters long.");
        }
        if (isBlank(title)) {
            errors.put("title", "An article needs a title.");
        } else if (title.strip().length() > Article.MAX_TITLE) {
            errors.put("title", "A title can be at most 300 characters long.");
        }
        if (publishedAt() == null) {
            errors.put("published", "Give the date and time of publication, like 2025-02-13 and 02:10.");
        }
        if (isBlank(summary)) {
            errors.put("abstract", "An article needs an abstract.");
        } else if (summary.strip().length() > Article.MAX_SUMMARY) {
            errors.put("abstract", "An abstract can be at most 4000 characters long.");
        }
        if (paragraphs().isEmpty()) {
            errors.put("body", "An article needs a body of at least one paragraph.");
        } else if (body.length() > Article.MAX_BODY) {
            errors.put("body", "A body can be at most one million characters long.");
        }
        return errors;
    }

    public LocalDateTime publishedAt() {
        try {
            return LocalDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()));
        } catch (DateTimeParseException | NullPointerException notADateTime) {
            return null;
        }
    }

    /** Paragraphs are separated by blank lines, as in article files. */
    public List<String> paragraphs() {
        return ArticleFile.paragraphsOf(body);
    }

    public ArticleFile toArticleFile() {
        return new ArticleFile(title.strip(), publishedAt(), summary.strip(), paragraphs());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    // Read by the template.
    public String getSource() { return source; }
    public String getNewSource() { return newSource; }
    public String getTitle() { return title; }
    public String getDate() { return date; }
    public String getTime() { return time; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getVersion() { return version; }
}
