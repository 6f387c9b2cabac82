package dev.gazette.persistence.articles;

import java.time.Instant;

/** Where a published article is and when it last changed: a line of a sitemap. */
public record ArticleAddress(String slug, Instant changedAt) {
}
