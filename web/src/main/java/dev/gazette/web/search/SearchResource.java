package dev.gazette.web.search;

import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.feeds.FeedLink;
import dev.gazette.web.views.PublicAddress;
import dev.gazette.web.views.ReaderPages;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The search page: the query box, facets to narrow by source and month, active filters to remove one by one, and the
 * search's own feed. A search asked again before the site changes (a popular one, a reader going back) is answered
 * from the kept page (see {@link ReaderPages}).
 */
@Path("/search")
public class SearchResource {

    @Inject
    ArticleSearch articleSearch;

    @Inject
    Sources sources;

    @Inject
    ReaderPages pages;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("source") String source,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("sort") String sort, @QueryParam("page") String page) {
        return pages.page(request, response, () -> {
            Map<String, String> sourceNames = sources.names();
            SearchQuery query = SearchQuery.parse(q, SearchQuery.sourceSlug(source, sourceNames), from, to, sort, page, null);
            SearchLinks links = new SearchLinks(query);
            return View.of("search").with("query", query).with("sourceNames", sourceNames).with("links", links)
                    .with("canonical", PublicAddress.of(request) + links.page(query.page()).replaceFirst("\\?$", ""))
                    .with("feed", FeedLink.of(links, query.q())).with("result", articleSearch.search(query.request()));
        });
    }
}
