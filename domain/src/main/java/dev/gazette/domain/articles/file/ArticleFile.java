package dev.gazette.domain.articles.file;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The content of an article file, as written by the source.
 * <p>
 * The timestamp carries no zone: article files give the local time of the
 * source, so only the caller, who knows the source, can place it on the timeline.
 * The abstract is called {@code summary} because {@code abstract} is a Java keyword.
 */
public record ArticleFile(String title, LocalDateTime publishedAt, String summary, List<String> paragraphs)
        implements java.io.Serializable {

    /**
     * The paragraphs of a body as people type it (a form's text area, a CSV or JSON field): separated by blank
     * lines, any line ends; a paragraph's own line breaks become spaces. Null or blank text has none.
     */
    public static List<String> paragraphsOf(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " ")).filter(p -> !p.isEmpty()).toList();
    }

    public ArticleFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(summary, "summary");
        paragraphs = List.copyOf(paragraphs);
    }
}
