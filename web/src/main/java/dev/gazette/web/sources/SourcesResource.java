package dev.gazette.web.sources;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletRequest;
import dev.gazette.domain.sources.Source;
import java.net.URI;
import java.util.Optional;

/** The outlets, and each outlet's own page of articles. */
@Path("/sources")
public class SourcesResource {

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @Context
    HttpServletRequest request;

    @GET
    public View all() {
        return View.of("sources").with("sources", sources.all());
    }

    @GET
    @Path("{slug}")
    public Object one(@PathParam("slug") String slug, @QueryParam("page") String page) {
        Optional<Source> source = sources.bySlug(slug);
        if (source.isPresent()) {
            return View.of("source").with("source", source.get())
                    .with("page", articles.bySource(source.get(), PageRequest.of(Params.number(page, 1))));
        }
        // A renamed source's old address leads to its new one, for good: bookmarks and search engines follow.
        return sources.byFormerSlug(slug)
                .map(renamed -> Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(request.getContextPath() + "/sources/" + renamed.slug()
                                + (page == null ? "" : "?page=" + Params.number(page, 1)))).build())
                .orElseThrow(() -> new NotFoundException("No source at this address"));
    }
}
