package dev.gazette.web.articles;

import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.web.feeds.FeedLink;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.PublicAddress;
import dev.gazette.web.views.ReaderPages;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The front page: the latest articles of every source. */
@Path("/")
public class HomeResource {

    @Inject
    LatestArticles latest;

    @Inject
    ReaderPages pages;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response latest(@QueryParam("page") String page) {
        int number = Math.max(1, Params.number(page, 1));
        return pages.page(request, response, () -> View.of("home").with("feed", FeedLink.latest())
                .with("canonical", PublicAddress.of(request) + "/" + (number > 1 ? "?page=" + number : ""))
                .with("page", latest.page(null, PageRequest.of(number))));
    }
}
