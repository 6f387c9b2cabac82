package dev.gazette.web.imports;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.web.imports.jobs.BackgroundImports;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import form's second step: the editor confirms the previewed upload, with a choice for each probable
 * duplicate (skip, replace or keep both), or cancels it. Only then is anything stored.
 */
@Path("/admin/import")
public class ImportPreviewPage {

    @Inject
    Imports imports;

    @Inject
    ImportAudit audit;

    @Inject
    BackgroundImports background;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object confirm(MultivaluedMap<String, String> form) {
        String id = form.getFirst("preview");
        PendingImports.Pending pending = PendingImports.pending(request, id);
        if (!csrfTokens.isValid(request, form.getFirst(CsrfTokens.FIELD))) {
            return View.of("admin/import").with("preview", pending == null ? null : pending.preview()).with("previewId", id)
                    .with("error", "This form had expired. Please confirm again.").status(403);
        }
        if (pending == null) {
            return View.of("admin/import").with("error", "This preview is no longer available (it was confirmed,"
                    + " cancelled, or your session ended). Nothing was imported from it; please upload again.").status(410);
        }
        PendingImports.drop(request, id); // confirmed once: a second click or a reload imports nothing twice
        if (pending.inBackground()) {
            String onProbable = ProbableDuplicates.named(form.getFirst("onProbable")).orElse(ProbableDuplicates.Choice.SKIP)
                    .name().toLowerCase();
            ImportJob job = background.start(request, pending.chosenSource(), onProbable, pending.uploads());
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/imports/" + job.id())).build();
        }
        List<ImportReport.Entry> entries = pending.preview().entries();
        Map<String, ProbableDuplicates.Choice> choices = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            ProbableDuplicates.named(form.getFirst("choice-" + i))
                    .ifPresent(choice -> choices.put(entries.get(index).file(), choice));
        }
        ImportReport report = imports.importItems(pending.chosenSource(), pending.items(),
                new ProbableDuplicates(ProbableDuplicates.Choice.SKIP, choices), false);
        audit.imported(request, report);
        return Response.seeOther(URI.create(request.getContextPath() + ImportServlet.FORM + "?report="
                + PendingImports.keepReport(request, report))).build();
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(MultivaluedMap<String, String> form) {
        if (csrfTokens.isValid(request, form.getFirst(CsrfTokens.FIELD))) {
            PendingImports.drop(request, form.getFirst("preview"));
        }
        return Response.seeOther(URI.create(request.getContextPath() + ImportServlet.FORM + "?cancelled")).build();
    }
}
