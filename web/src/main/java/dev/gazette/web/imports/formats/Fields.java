package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFile;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The five fields of a CSV row or JSON object (source, title, published_at, abstract, body) made into an item. The
 * body's paragraphs are separated by blank lines, as in article files.
 */
final class Fields {

    static final List<String> NAMES = List.of("source", "title", "published_at", "abstract", "body");

    private Fields() {
    }

    static ImportItem item(String name, int line, String source, String title, String publishedAt, String summary,
                           List<String> paragraphs) {
        if (title == null || title.isBlank()) {
            return ImportItem.rejected(name, "The title is empty", line);
        }
        if (publishedAt == null || publishedAt.isBlank()) {
            return ImportItem.rejected(name, "The publication time (published_at) is missing", line);
        }
        Timestamps.When when;
        try {
            when = Timestamps.parse(publishedAt);
        } catch (DateTimeParseException notATime) {
            return ImportItem.rejected(name, "The publication time “" + cut(publishedAt) + "” is not a real date and time;"
                    + " expected " + Timestamps.hint(), line);
        }
        List<String> kept = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        ArticleFile file = new ArticleFile(title.strip(), when.local() != null ? when.local()
                : java.time.LocalDateTime.ofInstant(when.instant(), java.time.ZoneOffset.UTC),
                summary == null ? "" : summary.strip(), kept);
        Optional<String> problem = Checks.problem(file);
        return problem.map(reason -> ImportItem.rejected(name, reason, line))
                .orElseGet(() -> ImportItem.article(name, file, source, when.instant(), ImportItem.SourceRule.ITEM_FIRST));
    }

    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
