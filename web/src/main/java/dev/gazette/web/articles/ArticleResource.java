package dev.gazette.web.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.search.RelatedArticles;
import dev.gazette.web.feeds.FeedLink;
import dev.gazette.web.views.ReaderPages;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * One article, whole, with what a sharing card and a search engine read (see {@link Sharing}); a withdrawn one answers
 * 410 Gone, so that links and search engines learn it is gone.
 */
@Path("/articles/{slug}")
public class ArticleResource {

    @Inject
    Articles articles;

    @Inject
    ReaderPages pages;

    @Inject
    RelatedArticles related;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response article(@PathParam("slug") String slug, @QueryParam("published") String justPublished) {
        return pages.page(request, response, () -> {
            Article article = articles.bySlug(slug).orElseThrow(() -> new NotFoundException("No article at this address"));
            if (!article.isPublished()) {
                throw new WebApplicationException("Withdrawn", Response.Status.GONE);
            }
            Sharing sharing = Sharing.of(article, request);
            return View.of("article").with("article", article).with("justPublished", justPublished != null)
                    .with("sharing", sharing).with("canonical", sharing.canonical())
                    .with("reading", Reading.of(article)).with("feed", FeedLink.of(article.source()))
                    .with("related", related.of(article));
        });
    }
}
