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

/** The outlets, and each outlet's own page of articles. */
@Path("/sources")
public class SourcesResource {

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @GET
    public View all() {
        return View.of("sources").with("sources", sources.all());
    }

    @GET
    @Path("{slug}")
    public View one(@PathParam("slug") String slug, @QueryParam("page") String page) {
        return sources.bySlug(slug)
                .map(source -> View.of("source").with("source", source)
                        .with("page", articles.bySource(source, PageRequest.of(Params.number(page, 1)))))
                .orElseThrow(() -> new NotFoundException("No source at this address"));
    }
}
