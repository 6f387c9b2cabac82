package dev.gazette.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception of a page or API handler ends here, as an error page or JSON, never as a stack trace. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
        int status = error instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Error while serving " + request.getRequestURI(), error);
        }
        if (error instanceof WebApplicationException web
                && (web.getResponse().getStatus() < 400 || web.getResponse().hasEntity())) {
            return web.getResponse(); // redirects are not errors; an answer written for the case is kept
        }
        Problems problem = Problems.of(status);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ErrorPages.isApi(path)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorPages.json(problem)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(ErrorPages.view(problem)).build();
    }
}
