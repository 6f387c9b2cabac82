package dev.gazette.web.api;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.web.search.SearchQuery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Articles as JSON, with the same filters as the search page. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesApi {

    @Inject
    Articles articles;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("source") String source,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        SearchQuery query = SearchQuery.parse(q, source, from, to, page, size);
        return ArticleJson.page(articles.filter(query.filter(), query.pageRequest()), baseUrl());
    }

    @GET
    @Path("{slug}")
    public JsonObject one(@PathParam("slug") String slug) {
        return articles.bySlug(slug).map(article -> ArticleJson.whole(article, baseUrl()))
                .orElseThrow(() -> new NotFoundException("No article with the slug " + slug));
    }

    private String baseUrl() {
        String base = uriInfo.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
