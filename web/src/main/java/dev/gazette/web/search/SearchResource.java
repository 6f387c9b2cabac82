package dev.gazette.web.search;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The search page: words, a source and a date range, each optional. */
@Path("/search")
public class SearchResource {

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @GET
    public View search(@QueryParam("q") String q, @QueryParam("source") String source,
                       @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        SearchQuery query = SearchQuery.parse(q, source, from, to, page, null);
        return View.of("search").with("query", query).with("sources", sources.all())
                .with("page", articles.filter(query.filter(), query.pageRequest()));
    }
}
