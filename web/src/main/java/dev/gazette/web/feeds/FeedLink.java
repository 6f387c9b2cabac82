package dev.gazette.web.feeds;

import dev.gazette.domain.sources.Source;
import dev.gazette.web.search.SearchLinks;

/** A page's own feed, in both formats, for its {@code <link rel="alternate">} and its "Subscribe" link. */
public record FeedLink(String title, String atom, String rss) {

    public static FeedLink latest() {
        return new FeedLink("Gazette: the latest news", "/feeds/latest.atom", "/feeds/latest.rss");
    }

    public static FeedLink of(Source source) {
        String base = "/feeds/sources/" + source.slug();
        return new FeedLink(source.name() + " - Gazette", base + ".atom", base + ".rss");
    }

    public static FeedLink of(SearchLinks search, String words) {
        return new FeedLink((words.isEmpty() ? "This search" : "“" + words + "”") + " - Gazette search",
                search.feed("atom"), search.feed("rss"));
    }
}
