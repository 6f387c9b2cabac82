package dev.gazette.web.articles;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** One article, whole. */
@Path("/articles/{slug}")
public class ArticleResource {

    @Inject
    Articles articles;

    @GET
    public View article(@PathParam("slug") String slug, @QueryParam("published") String justPublished) {
        return articles.bySlug(slug)
                .map(article -> View.of("article").with("article", article).with("justPublished", justPublished != null))
                .orElseThrow(() -> new NotFoundException("No article at this address"));
    }
}
