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
            // Pages show the admin's name and form tokens: never let a shared cache keep them.
            response.getHeaders().putSingle("Cache-Control", "no-cache");
        }
    }
}
