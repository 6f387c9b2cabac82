package dev.gazette.web.admin;

import dev.gazette.persistence.settings.Installation;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** What the portal runs on: database and search backend, for an operator checking a configuration. */
@Path("/admin/system")
public class SystemResource {

    @Inject
    Installation installation;

    @GET
    public View system() {
        return View.of("admin/system").with("facts", installation.facts());
    }
}
