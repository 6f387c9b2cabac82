package dev.gazette.web.admin;

import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The state of the search index, and the button that rebuilds it from the database. */
@Path("/admin/search-index")
public class SearchIndexResource {

    @Inject
    SearchIndex searchIndex;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @GET
    public View status() {
        long[] counts = searchIndex.counts();
        return View.of("admin/search-index").with("progress", searchIndex.progress())
                .with("articles", counts[0]).with("documents", counts[1]);
    }

    @POST
    public Object rebuild(@FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return status().status(403).with("error", "This form had expired. Please try again.");
        }
        searchIndex.rebuild();
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/search-index")).build();
    }
}
