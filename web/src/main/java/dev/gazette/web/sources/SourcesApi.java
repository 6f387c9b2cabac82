package dev.gazette.web.sources;

import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.api.ApiAnswer;
import dev.gazette.web.views.Params;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Sources as JSON: anyone may list them (by words of their name, a page at a time: the admin's type-ahead fields
 * ask here); admins create, change and delete them.
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesApi {

    @Inject
    Sources sources;

    @Inject
    SourceEditing editing;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<Source> found = sources.named(q, new PageRequest(Params.number(page, 1), Params.number(size, 20)));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(source -> items.add(json(source)));
        return Json.createObjectBuilder().add("total", found.total()).add("page", found.number())
                .add("size", found.size()).add("sources", items).build();
    }

    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug) {
        return sources.bySlug(slug).map(source -> Response.ok(json(source).build()).build())
                .orElseGet(() -> ApiAnswer.problem(404, "No source with the slug " + slug + "."));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        if (!request.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins create sources.");
        }
        try {
            Source source = editing.create(request, fields(ApiAnswer.object(body)));
            return Response.created(URI.create(request.getContextPath() + "/api/sources/" + source.slug()))
                    .entity(json(source).build()).build();
        } catch (SourceEditing.Refused refused) {
            return ApiAnswer.problem(refused.status(), refused.getMessage(), refused.errors());
        }
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.WILDCARD)
    public Response change(@PathParam("slug") String slug, String body) {
        if (!request.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins change sources.");
        }
        try {
            return Response.ok(json(editing.change(request, slug, fields(ApiAnswer.object(body)))).build()).build();
        } catch (SourceEditing.Refused refused) {
            return ApiAnswer.problem(refused.status(), refused.getMessage(), refused.errors());
        }
    }

    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug) {
        if (!request.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins delete sources.");
        }
        try {
            editing.delete(request, slug);
            return Response.noContent().build();
        } catch (SourceEditing.Refused refused) {
            return ApiAnswer.problem(refused.status(), refused.getMessage(), refused.errors());
        }
    }

    private static SourceFields fields(JsonObject json) {
        return new SourceFields(ApiAnswer.string(json, "name"), ApiAnswer.string(json, "homepage"),
                ApiAnswer.string(json, "description"), ApiAnswer.string(json, "timeZone"));
    }

    private JsonObjectBuilder json(Source source) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("slug", source.slug()).add("name", source.name())
                .add("timeZone", source.zone().getId());
        if (source.homepage() != null) {
            json.add("homepage", source.homepage());
        }
        if (source.description() != null) {
            json.add("description", source.description());
        }
        return json;
    }
}
