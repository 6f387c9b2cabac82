package dev.gazette.web.articles;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The front page: the latest articles of every source. */
@Path("/")
public class HomeResource {

    @Inject
    Articles articles;

    @GET
    public View latest(@QueryParam("page") String page) {
        return View.of("home").with("page", articles.latest(PageRequest.of(Params.number(page, 1))));
    }
}
