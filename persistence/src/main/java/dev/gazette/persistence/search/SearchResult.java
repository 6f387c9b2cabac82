package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.paging.Page;
import java.util.List;

/**
 * The answer to a search: one page of hits, the counts per source and per month (each counted under all the other
 * filters), and a corrected query when nothing matched and a correction would.
 */
public record SearchResult(Page<Hit> hits, List<Facet> sources, List<Facet> months, String suggestion) {

    /** The most sources listed, by count; the most months listed, latest first. */
    public static final int MAX_SOURCES = 100;
    public static final int MAX_MONTHS = 36;

    /**
     * One found article. {@code title} and {@code snippet} are HTML made by the search engine from escaped text,
     * with the matched words in {@code <mark>}; {@code snippet} is a passage of the abstract or the body, null when neither matched.
     */
    public record Hit(Article article, String title, String snippet) {
    }

    /** A value of a facet (a source's slug, a month "2025-02") with the number of matching articles. */
    public record Facet(String value, long count) {
    }

    public SearchResult {
        sources = List.copyOf(sources);
        months = List.copyOf(months);
    }
}
