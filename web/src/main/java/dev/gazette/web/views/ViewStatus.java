package dev.gazette.web.views;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/** A returned {@link View} carries its own status (a form with errors is a 400, a missing article a 404). */
@Provider
public class ViewStatus implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof View view) {
            response.setStatus(view.status());
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
            // Pages show the editor's name and form tokens: never let a shared cache keep them. Admin pages show what
            // readers cannot see: not even the browser keeps them (see Doors).
            String path = request.getUriInfo().getPath().replaceFirst("^/", "");
            boolean admin = path.startsWith("admin") || path.startsWith("login");
            response.getHeaders().putSingle("Cache-Control", admin ? "no-store" : "no-cache");
        }
    }
}
