package dev.gazette.web.moving;

import dev.gazette.persistence.settings.Settings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Moving house: the whole portal as one ZIP ({@link PortalArchive}) for the admin's browser or a script, and the
 * restore of such a ZIP into another setup. Both need the admin role (web.xml).
 */
@Path("/")
public class MovingResource {

    @Inject
    PortalExport export;

    @Inject
    PortalRestore restore;

    @GET
    @Path("admin/export")
    @Produces("application/zip")
    public Response exportForTheBrowser() {
        return exported();
    }

    @GET
    @Path("api/export")
    @Produces("application/zip")
    public Response exportForScripts() {
        return exported();
    }

    private Response exported() {
        StreamingOutput body = export::write;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"gazette-export-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Restores an export sent as the request body. It is kept in a file of the data directory while it is read (a
     * ZIP is read from its end) and deleted afterwards.
     */
    @POST
    @Path("api/restore")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response restore(InputStream body) throws IOException {
        java.nio.file.Path folder = Files.createDirectories(Settings.dataDirectory().resolve("tmp"));
        java.nio.file.Path archive = Files.createTempFile(folder, "restore-", ".zip");
        try {
            Files.copy(body, archive, StandardCopyOption.REPLACE_EXISTING);
            return Response.ok(restore.restore(archive).toJson()).build();
        } catch (PortalRestore.InvalidArchive invalid) {
            return Response.status(400)
                    .entity(Json.createObjectBuilder().add("status", 400).add("message", invalid.getMessage()).build())
                    .type(MediaType.APPLICATION_JSON).build();
        } finally {
            Files.deleteIfExists(archive);
        }
    }
}
