package dev.gazette.persistence.search;

import dev.gazette.persistence.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One search: the reader's query text, an optional source (slug) and range of publication days (UTC, both ends
 * included), the order, and the page.
 */
public record SearchRequest(String q, String source, LocalDate from, LocalDate to, Order order, PageRequest page) {

    public enum Order {
        RELEVANCE, NEWEST, OLDEST;

        /** {@code newest} or {@code oldest}; anything else is relevance. */
        public static Order of(String name) {
            if (name == null) {
                return RELEVANCE;
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "newest" -> NEWEST;
                case "oldest" -> OLDEST;
                default -> RELEVANCE;
            };
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        order = order == null ? Order.RELEVANCE : order;
        page = page == null ? PageRequest.of(1) : page;
    }

    public boolean filtersSource() {
        return source != null;
    }

    public boolean filtersDays() {
        return from != null || to != null;
    }

    /** The first instant of the {@code from} day, or null for no lower bound. */
    public Instant firstInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the {@code to} day (excluded), or null for no upper bound. */
    public Instant endInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, Order.RELEVANCE, PageRequest.of(1));
    }

    public SearchRequest withQuery(String newQ) {
        return new SearchRequest(newQ, source, from, to, order, page);
    }

    public SearchRequest withSource(String newSource) {
        return new SearchRequest(q, newSource, from, to, order, page);
    }

    public SearchRequest withDays(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(q, source, newFrom, newTo, order, page);
    }
}
