package dev.gazette.web.errors;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the container (web.xml): for errors that happen before or outside Gazette's own handlers. The
 * security mechanism, whose refusals the container answers with this page, leaves its message in
 * {@link Problems#MESSAGE}.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    ErrorPages errorPages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number ? number : 404;
        if (error != null) {
            LOG.log(Level.SEVERE, "Error while serving " + uri, error);
        }
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Problems problem = Problems.of(status);
        if (request.getAttribute(Problems.MESSAGE) instanceof String message) {
            problem = new Problems(status, problem.heading(), message);
        }
        errorPages.write(problem, path.substring(request.getContextPath().length()), request, response);
    }
}
