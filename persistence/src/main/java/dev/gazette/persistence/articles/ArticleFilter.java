package dev.gazette.persistence.articles;

import java.time.LocalDate;

/**
 * What a reader narrows the articles to: words, one source (by slug) and a range of publication days, each
 * optional. Days are whole UTC days, both ends included.
 */
public record ArticleFilter(String keywords, String source, LocalDate from, LocalDate to) {

    public static final int MAX_KEYWORDS = 500;

    public ArticleFilter {
        keywords = keywords == null || keywords.isBlank() ? null : truncate(keywords.strip());
        source = source == null || source.isBlank() ? null : source.strip();
    }

    private static String truncate(String text) {
        return text.length() > MAX_KEYWORDS ? text.substring(0, MAX_KEYWORDS) : text;
    }

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null);
    }

    public boolean isEmpty() {
        return keywords == null && source == null && from == null && to == null;
    }
}
