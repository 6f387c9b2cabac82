package dev.gazette.web.assets;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/**
 * The stylesheet and icons, from the application itself (no CDN). Served here because the REST application answers
 * every path of the site; only names listed below are served.
 */
@Path("/static/{name}")
public class AssetsResource {

    private static final Map<String, String> TYPES = Map.of(
            "gazette.css", "text/css;charset=UTF-8",
            "favicon.svg", "image/svg+xml");

    @Inject
    ServletContext servletContext;

    @GET
    public Response asset(@PathParam("name") String name) {
        String type = TYPES.get(name);
        InputStream content = type == null ? null : servletContext.getResourceAsStream("/static/" + name);
        if (content == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, type).cacheControl(cache).build();
    }
}
