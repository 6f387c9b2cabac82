package dev.gazette.web.assets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The static files, from the application itself (no CDN; served here because the REST application answers every
 * path of the site). Under a fingerprinted name a file never changes, so browsers keep it for a year without asking
 * again; under its plain name (an old bookmark, a feed reader's icon) for an hour, with a validator.
 */
@Path("/static/{name}")
public class AssetsResource {

    private static final int YEAR = 365 * 24 * 3600;

    @Inject
    Assets assets;

    @GET
    public Response asset(@PathParam("name") String name, @Context Request request) {
        Assets.Asset asset = assets.named(name).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(asset.fingerprint());
        // Under a fingerprint of another version (a rolling deploy) this version's file, asked again each time.
        String cache = assets.isFingerprinted(name) ? "public, max-age=" + YEAR + ", immutable"
                : name.equals(asset.name()) ? "public, max-age=3600" : "no-cache";
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.header("Cache-Control", cache).build();
        }
        return Response.ok(asset.content(), asset.type()).tag(tag).header("Cache-Control", cache).build();
    }
}
