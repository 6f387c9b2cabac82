package dev.gazette.web.api;

import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.search.SearchQuery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** Articles as JSON: the same full-text search as the search page, with highlights and facets (one: ArticleApi). */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesApi {

    @Inject
    ArticleSearch articleSearch;

    @Inject
    Sources sources;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("source") String source,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("sort") String sort, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        SearchQuery query = SearchQuery.parse(q, source, from, to, sort, page, size);
        Map<String, String> sourceNames = sources.names();
        return ArticleJson.search(articleSearch.search(query.request()), sourceNames, baseUrl());
    }

    private String baseUrl() {
        String base = uriInfo.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
