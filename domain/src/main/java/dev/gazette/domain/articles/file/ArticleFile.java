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

    public ArticleFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(summary, "summary");
        paragraphs = List.copyOf(paragraphs);
    }
}
