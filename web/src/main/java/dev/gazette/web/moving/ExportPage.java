package dev.gazette.web.moving;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The export for the admin's browser (the button on /admin; the login is web.xml's). A resource of its own: under
 * the root path, /admin/export would never be reached, JAX-RS choosing the /admin resource for any /admin address.
 */
@Path("/admin/export")
public class ExportPage {

    @Inject
    PortalExport export;

    @GET
    @Produces("application/zip")
    public Response download() {
        return MovingResource.exported(export);
    }
}
