package dev.gazette.persistence.articles;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An editor's corrected article: every field but the slug. {@code sourceName} may name a new source; the local
 * publication time is read in the source's time zone. {@code version} is the version the editor started from.
 */
public record Revision(String sourceName, String title, LocalDateTime publishedAt, String summary,
                       List<String> paragraphs, long version) {

    public Revision {
        Objects.requireNonNull(sourceName, "A revision needs a source");
        paragraphs = List.copyOf(paragraphs);
    }
}
