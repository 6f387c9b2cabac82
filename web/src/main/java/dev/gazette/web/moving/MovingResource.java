package dev.gazette.web.moving;

import dev.gazette.persistence.settings.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import dev.gazette.domain.audit.AuditAction;
import dev.gazette.web.audit.Audit;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Moving house for scripts: the whole portal as one ZIP ({@link PortalArchive}), and the restore of such a ZIP into
 * another setup, both for admins only (web.xml, and checked here). The admin's browser downloads the same ZIP from
 * {@link ExportPage}.
 */
@Path("/")
public class MovingResource {

    /** The largest archive a restore takes by default: 16 GiB, some three million articles. */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024 * 1024;

    @Inject
    Audit audit;

    @Context
    HttpServletRequest request;

    @Inject
    PortalExport export;

    @Inject
    PortalRestore restore;

    @GET
    @Path("api/export")
    @Produces("application/zip")
    public Response exportForScripts(@Context SecurityContext security) {
        // web.xml guards the address; this guards any other spelling of it that reaches this method (a trailing /).
        if (!security.isUserInRole("admin")) {
            return problem(security.getUserPrincipal() == null ? 401 : 403, "The export is for admins only.");
        }
        return exported(export);
    }

    static Response exported(PortalExport export) {
        StreamingOutput body = export::write;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"gazette-export-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Restores an export sent as the request body. It is kept in a file of the data directory while it is read (a
     * ZIP is read from its end) and deleted afterwards; one over {@code gazette.restore.max-bytes} is refused.
     */
    @POST
    @Path("api/restore")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response restore(@Context SecurityContext security, InputStream body) throws IOException {
        if (!security.isUserInRole("admin")) {
            return problem(security.getUserPrincipal() == null ? 401 : 403, "Restoring is for admins only.");
        }
        long limit = Settings.number("gazette.restore.max-bytes", DEFAULT_MAX_BYTES);
        java.nio.file.Path folder = Files.createDirectories(Settings.dataDirectory().resolve("tmp"));
        java.nio.file.Path archive = Files.createTempFile(folder, "restore-", ".zip");
        try {
            try (InputStream bounded = BoundedInputStream.builder().setInputStream(body).setMaxCount(limit + 1).get()) {
                if (Files.copy(bounded, archive, StandardCopyOption.REPLACE_EXISTING) > limit) {
                    return problem(413, "The archive is larger than the limit of " + limit / (1024 * 1024)
                            + " MB (gazette.restore.max-bytes); nothing was restored.");
                }
            }
            RestoreReport report = restore.restore(archive);
            audit.record(request, AuditAction.RESTORED, "portal archive", report.restoredCount() + " articles restored");
            return Response.ok(report.toJson()).build();
        } catch (InvalidArchive invalid) {
            return problem(400, invalid.getMessage());
        } catch (RestoreRunning running) {
            return problem(409, running.getMessage());
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static Response problem(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", status).add("message", message).build()).build();
    }
}
