package dev.gazette.web.imports;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.domain.imports.ImportJobItem;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.web.errors.ErrorPages;
import dev.gazette.web.errors.Problems;
import dev.gazette.web.imports.formats.ImportLimits;
import dev.gazette.web.imports.jobs.BackgroundImports;
import dev.gazette.web.imports.jobs.JobJson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Background imports through the API: {@code POST /api/imports} (the fields of /api/import) answers 202 with the
 * job's address; {@code GET /api/imports/{id}} its state and counts; {@code GET /api/imports/{id}/report.csv} item,
 * status, slug, reason; {@code POST /api/imports/{id}/resume} starts an interrupted one again.
 */
@WebServlet({"/api/imports", "/api/imports/*"})
public class ImportJobsServlet extends HttpServlet {

    @Inject
    BackgroundImports background;

    @Inject
    ImportJobs jobs;

    @Inject
    ErrorPages errorPages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.endsWith("/resume")) {
            String id = path.substring(1, path.length() - "/resume".length());
            Optional<ImportJob> resumed = background.resume(id);
            if (resumed.isEmpty()) {
                json(response, 409, "This import is not interrupted or failed (or does not exist): nothing to resume.");
                return;
            }
            accepted(request, response, resumed.get());
            return;
        }
        if (!path.equals("/")) {
            json(response, 404, "No such address.");
            return;
        }
        MultipartForm form;
        try {
            form = MultipartForm.read(request, ImportLimits.fromSettings().largestFile());
        } catch (MultipartForm.TooLarge tooLarge) {
            errorPages.write(Problems.of(413), "/api/imports", request, response);
            return;
        } catch (MultipartForm.Malformed malformed) {
            errorPages.write(Problems.of(400), "/api/imports", request, response);
            return;
        }
        String onProbable = request.getParameter("onProbableDuplicate");
        if (form.uploads().isEmpty() || (onProbable != null && ProbableDuplicates.named(onProbable).isEmpty())) {
            json(response, 400, form.uploads().isEmpty() ? "Attach one or more files in the field “files”."
                    : "onProbableDuplicate is skip, keep or replace.");
            return;
        }
        accepted(request, response, background.start(request, form.field("source"), onProbable, form.uploads()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        boolean csv = path.endsWith("/report.csv");
        String id = path.substring(1, csv ? path.length() - "/report.csv".length() : path.length());
        Optional<ImportJob> job = jobs.byId(id);
        if (job.isEmpty()) {
            json(response, 404, "No background import " + id + ".");
            return;
        }
        if (!csv) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JobJson.of(job.get()).toString());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + ".csv\"");
        try (PrintWriter out = response.getWriter();
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("item", "status", "slug", "reason").get())) {
            for (ImportJobItem item : jobs.itemsOf(id)) {
                printer.printRecord(item.item(), item.status().toLowerCase(), item.slug(), item.reason());
            }
        }
    }

    private static void accepted(HttpServletRequest request, HttpServletResponse response, ImportJob job) throws IOException {
        response.setStatus(202);
        response.setHeader("Location", request.getContextPath() + "/api/imports/" + job.id());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JobJson.of(job).toString());
    }

    private static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("status", status).add("message", message).build().toString());
    }
}
