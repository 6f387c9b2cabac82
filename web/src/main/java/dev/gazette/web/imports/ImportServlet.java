package dev.gazette.web.imports;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.web.imports.formats.Formats;
import dev.gazette.web.imports.formats.ImportLimits;
import dev.gazette.web.audit.Audit;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.errors.ErrorPages;
import dev.gazette.web.errors.Problems;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.Templates;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Article file uploads: the admin form at /admin/import and the API at /api/import. A servlet, not a REST resource:
 * the request body is read as a stream (see MultipartForm), the same on every server. A file over the per-file limit
 * is refused on its own; only an upload over the whole-request limit is refused as a whole.
 */
@WebServlet({ImportServlet.FORM, ImportServlet.API})
public class ImportServlet extends HttpServlet {

    static final String FORM = "/admin/import";
    static final String API = "/api/import";
    private static final String REPORTS = ImportServlet.class.getName() + ".reports";

    @Inject
    Imports imports;

    @Inject
    Sources sources;

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    Templates templates;

    @Inject
    ErrorPages errorPages;

    @Inject
    Audit audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FORM.equals(request.getServletPath())) {
            response.setHeader("Allow", "POST");
            errorPages.write(Problems.of(405), API, request, response);
            return;
        }
        View view = View.of("admin/import").with("report", takeReport(request, request.getParameter("report")));
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
            importThroughForm(request, response, form);
        }
    }

    private void importThroughApi(HttpServletRequest request, HttpServletResponse response, MultipartForm form) throws IOException {
        String source = form.field("source");
        List<Upload> uploads = form.uploads();
        String problem = uploads.isEmpty() ? "Attach one or more files in the field “files”: article files, CSV, JSON,"
                + " RSS, Atom or ZIP."
                : source != null && source.length() > 100 ? "A source name can be at most 100 characters long." : null;
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem != null) {
            response.setStatus(400);
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", 400)
                    .add("error", "Nothing to import").add("message", problem).build().toString());
            return;
        }
        ImportReport report;
        try {
            report = imports.importUploads(source, uploads);
        } catch (Formats.TooManyItems tooMany) {
            response.setStatus(413);
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", 413)
                    .add("error", "Too many articles").add("message", tooMany.getMessage()).build().toString());
            return;
        }
        audited(request, report);
        response.getWriter().write(report.toJson(baseUrl(request)).toString());
    }

    private void importThroughForm(HttpServletRequest request, HttpServletResponse response, MultipartForm form) throws IOException {
        if (!csrfTokens.isValid(request, form.field(CsrfTokens.FIELD))) {
            errorPages.write(Problems.of(403), FORM, request, response);
            return;
        }
        String typed = Optional.ofNullable(form.field("newSource")).orElse(form.field("source"));
        List<Upload> uploads = form.uploads();
        String problem = typed != null && typed.length() > 100 ? "A source name can be at most 100 characters long."
                : uploads.isEmpty() ? "Choose one or more files." : null;
        if (problem != null) {
            View view = View.of("admin/import").with("typedSource", typed).with("error", problem).status(400);
            html(view, request, response);
            return;
        }
        ImportReport report;
        try {
            report = imports.importUploads(typed, uploads);
        } catch (Formats.TooManyItems tooMany) {
            html(View.of("admin/import").with("typedSource", typed).with("error", tooMany.getMessage()).status(413),
                    request, response);
            return;
        }
        audited(request, report);
        // Post/Redirect/Get: the report waits in the session for the page that shows it.
        String id = UUID.randomUUID().toString();
        request.getSession().setAttribute(REPORTS + id, report);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + FORM + "?report=" + id);
    }

    private void audited(HttpServletRequest request, ImportReport report) {
        String first = report.total() == 0 ? "nothing" : report.total() == 1 ? "one item" : report.total() + " items";
        audit.record(request, AuditAction.IMPORTED, report.source() == null ? "(sources named in the files)" : report.source(), first + ": " + report.accepted().size()
                + " imported, " + report.duplicates().size() + " duplicates, " + report.rejected().size() + " rejected");
    }

    private static ImportReport takeReport(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        if (id == null || session == null) {
            return null;
        }
        Object report = session.getAttribute(REPORTS + id);
        return report instanceof ImportReport found ? found : null;
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
