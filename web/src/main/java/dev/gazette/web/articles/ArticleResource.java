package dev.gazette.web.articles;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import dev.gazette.domain.articles.Article;

/** One article, whole; a withdrawn one answers 410 Gone, so that links and search engines learn it is gone. */
@Path("/articles/{slug}")
public class ArticleResource {

    @Inject
    Articles articles;

    @GET
    public View article(@PathParam("slug") String slug, @QueryParam("published") String justPublished) {
        Article article = articles.bySlug(slug).orElseThrow(() -> new NotFoundException("No article at this address"));
        if (!article.isPublished()) {
            throw new WebApplicationException("Withdrawn", Response.Status.GONE);
        }
        return View.of("article").with("article", article).with("justPublished", justPublished != null);
    }
}
