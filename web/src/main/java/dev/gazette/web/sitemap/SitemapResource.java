package dev.gazette.web.sitemap;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.editions.Editions;
import dev.gazette.web.views.PublicAddress;
import dev.gazette.web.views.ReaderPages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * What search engines read first: {@code /robots.txt} (stay out of the admin, the API and endless search pages; where
 * the sitemap is) and {@code /sitemap.xml}, every published article with its last change: one list up to
 * {@value Sitemap#MAX_URLS}, an index of such lists beyond.
 */
@Path("/")
public class SitemapResource {

    private static final String XML = "application/xml;charset=UTF-8";

    @Inject
    Articles articles;

    @Inject
    Editions editions;

    @Inject
    ReaderPages pages;

    @Context
    HttpServletRequest request;

    @GET
    @Path("robots.txt")
    public Response robots() {
        return pages.document(request, "text/plain;charset=UTF-8", () -> ("""
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /api/
                Disallow: /search
                Disallow: /feeds/search

                Sitemap: %s/sitemap.xml
                """.formatted(PublicAddress.of(request))).getBytes(StandardCharsets.UTF_8));
    }

    @GET
    @Path("sitemap.xml")
    public Response sitemap() {
        return pages.document(request, XML, () -> {
            long published = articles.countPublished();
            String site = PublicAddress.of(request);
            return published <= Sitemap.MAX_URLS ? Sitemap.urls(site, articles.addresses(0, Sitemap.MAX_URLS))
                    : Sitemap.index(site, Sitemap.pagesFor(published), editions.current().changedAt());
        });
    }

    @GET
    @Path("sitemaps/articles-{page: [0-9]{1,6}}.xml")
    public Response page(@PathParam("page") int page) {
        return pages.document(request, XML, () -> {
            if (page < 1 || page > Sitemap.pagesFor(articles.countPublished())) {
                throw new NotFoundException("No such sitemap");
            }
            return Sitemap.urls(PublicAddress.of(request),
                    articles.addresses((page - 1) * Sitemap.MAX_URLS, Sitemap.MAX_URLS));
        });
    }
}
