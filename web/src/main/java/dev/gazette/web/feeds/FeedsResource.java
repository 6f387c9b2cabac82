package dev.gazette.web.feeds;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.sources.Source;
import dev.gazette.web.articles.LatestArticles;
import dev.gazette.persistence.editions.Editions;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.search.SearchResult;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.search.SearchLinks;
import dev.gazette.web.search.SearchQuery;
import dev.gazette.web.views.PublicAddress;
import dev.gazette.web.views.ReaderPages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Feeds for feed readers, each as Atom ({@code .atom}) and RSS 2.0 ({@code .rss}): the latest articles, one source's,
 * and any search with its filters, newest first, {@value #ENTRIES} entries. Kept and validated per edition like the
 * pages (a feed reader polling an unchanged feed gets 304).
 */
@Path("/feeds")
public class FeedsResource {

    static final int ENTRIES = 50;

    @Inject
    LatestArticles latest;

    @Inject
    Sources sources;

    @Inject
    ArticleSearch articleSearch;

    @Inject
    Editions editions;

    @Inject
    ReaderPages pages;

    @Context
    HttpServletRequest request;

    @GET
    @Path("latest.{format: atom|rss}")
    public Response latest(@PathParam("format") String format) {
        return feed(format, () -> new Feed("Gazette: the latest news", "The latest articles of every source",
                "/", "/feeds/latest." + format, latest.page(null, new PageRequest(1, ENTRIES)).items()));
    }

    @GET
    @Path("sources/{slug: [^/]+}.{format: atom|rss}")
    public Response source(@PathParam("slug") String slug, @PathParam("format") String format) {
        return feed(format, () -> {
            Source source = sources.bySlug(slug).orElseThrow(() -> new NotFoundException("No source at this address"));
            return new Feed(source.name() + " - Gazette",
                    source.description() == null ? "The latest articles of " + source.name() : source.description(),
                    "/sources/" + source.slug(), "/feeds/sources/" + source.slug() + "." + format,
                    latest.page(source.slug(), new PageRequest(1, ENTRIES)).items());
        });
    }

    @GET
    @Path("search.{format: atom|rss}")
    public Response search(@PathParam("format") String format, @QueryParam("q") String q,
                           @QueryParam("source") String source, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        SearchQuery query = SearchQuery.parse(q, SearchQuery.sourceSlug(source, sources.names()), from, to, "newest", "1",
                String.valueOf(ENTRIES));
        SearchLinks links = new SearchLinks(query);
        String title = query.q().isEmpty() ? "Search" : "“" + query.q() + "”";
        return feed(format, () -> {
            SearchResult result = articleSearch.search(query.request());
            List<Article> found = result.hits().items().stream().map(SearchResult.Hit::article).toList();
            return new Feed(title + " - Gazette search", "Articles that match " + title + ", newest first",
                    links.page(1), links.feed(format), found);
        });
    }

    private Response feed(String extension, java.util.function.Supplier<Feed> feed) {
        Feed.Format format = Feed.Format.of(extension);
        return pages.document(request, format.mediaType,
                () -> feed.get().written(format, PublicAddress.of(request), editions.current().changedAt()));
    }
}
