package dev.gazette.web.admin;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The editors' start page: what there is, and the ways to add to it. */
@Path("/admin")
public class AdminResource {

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @GET
    public View home() {
        return View.of("admin/home").with("articleCount", articles.count()).with("sources", sources.all());
    }
}
