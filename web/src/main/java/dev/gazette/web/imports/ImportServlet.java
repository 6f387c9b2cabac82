package dev.gazette.web.imports;

import dev.gazette.web.errors.ErrorPages;
import dev.gazette.web.errors.Problems;
import dev.gazette.web.imports.formats.Formats;
import dev.gazette.web.imports.formats.ImportItem;
import dev.gazette.web.imports.formats.ImportLimits;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.Templates;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploads: the import form at /admin/import (read, previewed, then confirmed: see ImportPreviewPage) and the API at
 * /api/import ({@code dryRun=true} for the report alone, {@code onProbableDuplicate=skip|keep|replace}). A servlet,
 * not a REST resource: the request body is read as a stream (see MultipartForm), the same on every server. A file
 * over the per-file limit is refused on its own; only an upload over the whole-request limit is refused as a whole.
 */
@WebServlet({ImportServlet.FORM, ImportServlet.API})
public class ImportServlet extends HttpServlet {

    static final String FORM = "/admin/import";
    static final String API = "/api/import";

    @Inject
    Imports imports;

    @Inject
    ImportAudit audit;

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    Templates templates;

    @Inject
    ErrorPages errorPages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FORM.equals(request.getServletPath())) {
            response.setHeader("Allow", "POST");
            errorPages.write(Problems.of(405), API, request, response);
            return;
        }
        String previewId = request.getParameter("preview");
        PendingImports.Pending pending = PendingImports.pending(request, previewId);
        View view = View.of("admin/import").with("report", PendingImports.report(request, request.getParameter("report")))
                .with("preview", pending == null ? null : pending.preview()).with("previewId", previewId)
                .with("inBackground", pending != null && pending.inBackground())
                .with("cancelled", request.getParameter("cancelled") != null);
        html(view, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MultipartForm form;
        try {
            form = MultipartForm.read(request, ImportLimits.fromSettings().largestFile());
        } catch (MultipartForm.TooLarge tooLarge) {
            errorPages.write(Problems.of(413), request.getServletPath(), request, response);
            return;
        } catch (MultipartForm.Malformed malformed) {
            errorPages.write(Problems.of(400), request.getServletPath(), request, response);
            return;
        }
        if (API.equals(request.getServletPath())) {
            importThroughApi(request, response, form);
        } else {
            previewThroughForm(request, response, form);
        }
    }

    private void importThroughApi(HttpServletRequest request, HttpServletResponse response, MultipartForm form) throws IOException {
        String source = form.field("source");
        String onProbable = request.getParameter("onProbableDuplicate");
        Optional<ProbableDuplicates.Choice> choice = ProbableDuplicates.named(onProbable);
        boolean dryRun = "true".equalsIgnoreCase(request.getParameter("dryRun"));
        String problem = form.uploads().isEmpty() ? "Attach one or more files in the field “files”: article files, CSV,"
                + " JSON, RSS, Atom or ZIP."
                : source != null && source.length() > 100 ? "A source name can be at most 100 characters long."
                : onProbable != null && choice.isEmpty() ? "onProbableDuplicate is skip, keep or replace." : null;
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem != null) {
            json(response, 400, "Nothing to import", problem);
            return;
        }
        ImportReport report;
        try {
            report = imports.importUploads(source, form.uploads(),
                    new ProbableDuplicates(choice.orElse(ProbableDuplicates.Choice.SKIP), Map.of()), dryRun);
        } catch (Formats.TooManyItems tooMany) {
            json(response, 413, "Too many articles", tooMany.getMessage());
            return;
        }
        if (!dryRun) {
            audit.imported(request, report);
        }
        response.getWriter().write(report.toJson(baseUrl(request)).toString());
    }

    /** The form's first step: the upload is read and judged, nothing stored, and shown for the editor to confirm. */
    private void previewThroughForm(HttpServletRequest request, HttpServletResponse response, MultipartForm form) throws IOException {
        if (!csrfTokens.isValid(request, form.field(CsrfTokens.FIELD))) {
            errorPages.write(Problems.of(403), FORM, request, response);
            return;
        }
        String typed = Optional.ofNullable(form.field("newSource")).orElse(form.field("source"));
        String problem = typed != null && typed.length() > 100 ? "A source name can be at most 100 characters long."
                : form.uploads().isEmpty() ? "Choose one or more files." : null;
        if (problem != null) {
            html(View.of("admin/import").with("typedSource", typed).with("error", problem).status(400), request, response);
            return;
        }
        try {
            List<ImportItem> items = imports.read(form.uploads());
            ImportReport preview = imports.importItems(typed, items, ProbableDuplicates.skipped(), true);
            boolean large = items.size() > PendingImports.backgroundThreshold();
            String id = PendingImports.keep(request, new PendingImports.Pending(typed, items, preview,
                    large ? form.uploads() : null));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + FORM + "?preview=" + id);
        } catch (Formats.TooManyItems tooMany) {
            html(View.of("admin/import").with("typedSource", typed).with("error", tooMany.getMessage()).status(413),
                    request, response);
        }
    }

    private static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("error", error)
                .add("message", message).build().toString());
    }

    private void html(View view, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(view.status());
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render(view, request, response));
    }

    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
