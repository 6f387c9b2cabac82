package dev.gazette.web.imports.jobs;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;

/**
 * A background import's progress for the editor: percent, counts and time left, the page reloading itself every
 * two seconds while it runs (no script needed, and a reload finds it where it is); the report when done; a button
 * to start an interrupted one again.
 */
@Path("/admin/imports/{id}")
public class ImportJobPage {

    @Inject
    ImportJobs jobs;

    @Inject
    BackgroundImports background;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    String id;

    @GET
    public View progress() {
        ImportJob job = jobs.byId(id).orElseThrow(() -> new NotFoundException("No such import"));
        long left = job.secondsLeft(Instant.now());
        return View.of("admin/import-job").with("job", job).with("refresh", job.state().isActive() ? "2" : null)
                .with("timeLeft", left < 0 ? null : dev.gazette.web.security.Waiting.of(left));
    }

    @POST
    @Path("resume")
    public Object resume(@FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return progress().status(403).with("error", "This form had expired. Please try again.");
        }
        background.resume(id);
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/imports/" + id)).build();
    }
}
