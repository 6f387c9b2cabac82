package dev.gazette.web.search;

import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ReaderQuery;
import dev.gazette.persistence.search.SearchRequest;
import dev.gazette.persistence.search.SearchRequest.Order;
import dev.gazette.web.views.Params;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A search as a reader typed it, shared by the search page and the JSON API (the query language itself is
 * {@link ReaderQuery}). Whatever was typed becomes a valid
 * search: a date that is not one is left out and said so in {@link #problems()}, never an error page.
 */
public record SearchQuery(String q, String source, LocalDate from, LocalDate to, Order order, int page, int size,
                          List<String> problems) {

    public static SearchQuery parse(String q, String source, String from, String to, String page, String size) {
        return parse(q, source, from, to, null, page, size);
    }

    public static SearchQuery parse(String q, String source, String from, String to, String sort, String page, String size) {
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day(from, "From", problems);
        LocalDate toDay = day(to, "To", problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add("The “from” date is after the “to” date, so they were swapped.");
            LocalDate swap = fromDay;
            fromDay = toDay;
            toDay = swap;
        }
        PageRequest paging = new PageRequest(Params.number(page, 1), Params.number(size, PageRequest.DEFAULT_SIZE));
        String words = q == null ? "" : q.strip();
        if (words.length() > ReaderQuery.MAX_LENGTH) {
            problems.add("Only the first " + ReaderQuery.MAX_LENGTH + " characters of the search were used.");
        }
        return new SearchQuery(words, source == null ? "" : source.strip(), fromDay, toDay, Order.of(sort),
                paging.number(), paging.size(), List.copyOf(problems));
    }

    private static LocalDate day(String text, String label, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(label + " date “" + abbreviate(text.strip()) + "” is not a date like 2025-02-13, so it was left out.");
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * The slug of the source a reader chose: a facet's link sends the slug, the type-ahead field the name as typed
     * ("Harbour Courier", "harbour courier"), which makes the same slug. Empty for none.
     */
    public static String sourceSlug(String typed, java.util.Map<String, String> namesBySlug) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String value = typed.strip();
        return namesBySlug.containsKey(value) ? value : dev.gazette.domain.articles.Slugs.of(value);
    }

    public SearchRequest request() {
        return new SearchRequest(q, source, from, to, order, new PageRequest(page, size));
    }

    /** The sort parameter as it goes into links: empty for relevance, the default. */
    public String sort() {
        return order == Order.RELEVANCE ? "" : order.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasFilters() {
        return !source.isEmpty() || from != null || to != null;
    }
}
