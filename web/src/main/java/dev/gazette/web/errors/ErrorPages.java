package dev.gazette.web.errors;

import dev.gazette.web.views.Templates;
import dev.gazette.web.views.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes an error as the caller reads it: JSON for the API, a page for everyone else. */
@ApplicationScoped
public class ErrorPages {

    @Inject
    Templates templates;

    public static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    public static String json(Problems problem) {
        return Json.createObjectBuilder().add("status", problem.status()).add("error", problem.heading())
                .add("message", problem.message()).build().toString();
    }

    public static View view(Problems problem) {
        return View.of("error").with("problem", problem).status(problem.status());
    }

    public void write(Problems problem, String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(problem.status());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(path)) {
            response.setContentType("application/json");
            response.getWriter().write(json(problem));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(templates.render(view(problem), request, response));
        }
    }
}
