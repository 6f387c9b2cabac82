package dev.gazette.web.sources;

import dev.gazette.web.articles.LatestArticles;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.views.Params;
import dev.gazette.web.feeds.FeedLink;
import dev.gazette.web.views.PublicAddress;
import dev.gazette.web.views.ReaderPages;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.gazette.domain.sources.Source;
import java.net.URI;
import java.util.Optional;

/** The outlets, and each outlet's own page of articles. */
@Path("/sources")
public class SourcesResource {

    static final int PER_PAGE = 50;

    @Inject
    Sources sources;

    @Inject
    LatestArticles latest;

    @Inject
    ReaderPages pages;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /** Alphabetical, {@value #PER_PAGE} a page, narrowed by the words of the filter box: usable with thousands. */
    @GET
    public Response all(@QueryParam("q") String q, @QueryParam("page") String page) {
        String words = q == null ? "" : q.strip();
        String filter = words.length() > 100 ? words.substring(0, 100) : words;
        return pages.page(request, response, () -> View.of("sources").with("q", filter)
                .with("canonical", PublicAddress.of(request) + "/sources" + pageQuery(Params.query("q", filter), page))
                .with("sources", sources.named(filter, new PageRequest(Math.max(1, Params.number(page, 1)), PER_PAGE))));
    }

    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug, @QueryParam("page") String page) {
        return pages.page(request, response, () -> {
            Optional<Source> source = sources.bySlug(slug);
            if (source.isEmpty()) {
                // A renamed source's old address leads to its new one, for good: bookmarks and search engines follow.
                Source renamed = sources.byFormerSlug(slug).orElseThrow(() -> new NotFoundException("No source at this address"));
                throw new WebApplicationException(Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(request.getContextPath() + "/sources/" + renamed.slug()
                                + (page == null ? "" : "?page=" + Params.number(page, 1)))).build());
            }
            return View.of("source").with("source", source.get())
                    .with("feed", FeedLink.of(source.get()))
                    .with("canonical", PublicAddress.of(request) + "/sources/" + source.get().slug() + pageQuery("", page))
                    .with("page", latest.page(source.get().slug(), PageRequest.of(Params.number(page, 1))));
        });
    }

    /** The query of a page's own address: its filter and, past the first, its number ({@code ?q=ledger&page=2}). */
    private static String pageQuery(String filter, String page) {
        int number = Math.max(1, Params.number(page, 1));
        String query = filter + (number > 1 ? "page=" + number : "");
        return query.isEmpty() ? "" : "?" + query.replaceFirst("&$", "");
    }
}
