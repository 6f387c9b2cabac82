package dev.gazette.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The links of the search page: the same search with one thing changed (a facet chosen, a filter removed, a page). */
public record SearchLinks(SearchQuery query) {

    private String link(String q, String source, LocalDate from, LocalDate to, String sort, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("source", source);
        params.put("from", from == null ? "" : from.toString());
        params.put("to", to == null ? "" : to.toString());
        params.put("sort", sort);
        params.put("page", page > 1 ? String.valueOf(page) : "");
        StringJoiner joined = new StringJoiner("&", "/search?", "");
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    /** This search's own feed (its words and filters, newest first): {@code /feeds/search.atom?q=…}. */
    public String feed(String format) {
        String link = link(query.q(), query.source(), query.from(), query.to(), "", 1);
        return link.replaceFirst("^/search\\?", "/feeds/search." + format + "?").replaceFirst("\\?$", "");
    }

    public String page(int number) {
        return link(query.q(), query.source(), query.from(), query.to(), query.sort(), number);
    }

    public String withSource(String slug) {
        return link(query.q(), slug, query.from(), query.to(), query.sort(), 1);
    }

    public String withMonth(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return link(query.q(), query.source(), yearMonth.atDay(1), yearMonth.atEndOfMonth(), query.sort(), 1);
    }

    public String withSort(String sort) {
        return link(query.q(), query.source(), query.from(), query.to(), sort, 1);
    }

    public String withQuery(String q) {
        return link(q, query.source(), query.from(), query.to(), query.sort(), 1);
    }

    public String withoutQuery() {
        return link("", query.source(), query.from(), query.to(), query.sort(), 1);
    }

    public String withoutSource() {
        return link(query.q(), "", query.from(), query.to(), query.sort(), 1);
    }

    public String withoutFrom() {
        return link(query.q(), query.source(), null, query.to(), query.sort(), 1);
    }

    public String withoutTo() {
        return link(query.q(), query.source(), query.from(), null, query.sort(), 1);
    }

    /** "February 2025" for "2025-02". */
    public String monthLabel(String month) {
        return YearMonth.parse(month).format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.ENGLISH));
    }

    /** Whether a month facet is the one the date filter is set to. */
    public boolean isMonth(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return yearMonth.atDay(1).equals(query.from()) && yearMonth.atEndOfMonth().equals(query.to());
    }
}
