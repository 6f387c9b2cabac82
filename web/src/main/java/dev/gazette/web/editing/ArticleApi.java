package dev.gazette.web.editing;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Edit;
import dev.gazette.web.admin.ArticleForm;
import dev.gazette.web.api.ApiAnswer;
import dev.gazette.web.api.ArticleJson;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One article through the API: read it (a withdrawn one answers 410), and for editors correct it (with the version
 * read, like the form: a stale one answers 409 with the current article), withdraw, republish or delete it.
 */
@Path("/api/articles/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApi {

    @Inject
    Articles articles;

    @Inject
    ArticleEditing editing;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @PathParam("slug")
    String slug;

    @GET
    public Response one() {
        Article article = articles.bySlug(slug).orElseThrow(this::missing);
        if (!article.isPublished() && !isEditor()) {
            return ApiAnswer.problem(410, "This article has been withdrawn by the editors.");
        }
        return Response.ok(json(article)).build();
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response correct(String body) {
        JsonObject json = ApiAnswer.object(body);
        ArticleForm form = form(json);
        Map<String, String> errors = form.check();
        if (form.versionNumber() < 0) {
            errors.put("version", "Send the “version” of the article you read, a number.");
        }
        if (!errors.isEmpty()) {
            return ApiAnswer.problem(400, String.join(" ", errors.values()), errors);
        }
        Edit edit = editing.revise(request, slug, form);
        if (edit instanceof Edit.Saved saved) {
            return Response.ok(json(saved.article())).build();
        }
        if (edit instanceof Edit.Stale stale) {
            return Response.status(409).entity(jakarta.json.Json.createObjectBuilder().add("status", 409)
                    .add("error", "Conflict").add("message", "The article was changed since version " + form.version
                            + "; nothing was stored. The current article is in “current”.")
                    .add("current", json(stale.current())).build()).build();
        }
        if (edit instanceof Edit.SameStory same) {
            return ApiAnswer.problem(409, "Another article (" + same.otherSlug() + ") already has this source, title and time.");
        }
        throw missing();
    }

    @POST
    @Path("unpublish")
    public Response unpublish() {
        return Response.ok(json(editing.unpublish(request, slug).orElseThrow(this::missing))).build();
    }

    @POST
    @Path("publish")
    public Response publish() {
        return Response.ok(json(editing.republish(request, slug).orElseThrow(this::missing))).build();
    }

    @DELETE
    public Response delete() {
        editing.delete(request, slug).orElseThrow(this::missing);
        return Response.noContent().build();
    }

    /** The API's fields are the form's: source, title, date, time, abstract, body (text or paragraphs), version. */
    private static ArticleForm form(JsonObject json) {
        ArticleForm form = new ArticleForm();
        form.source = ApiAnswer.string(json, "source");
        form.title = ApiAnswer.string(json, "title");
        form.date = ApiAnswer.string(json, "date");
        form.time = ApiAnswer.string(json, "time");
        form.summary = ApiAnswer.string(json, "abstract");
        form.body = body(json.get("body"));
        JsonValue version = json.get("version");
        form.version = version == null ? null : version.toString().replace("\"", "");
        return form;
    }

    private static String body(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (body instanceof JsonString text) {
            return text.getString();
        }
        if (body instanceof JsonArray paragraphs && paragraphs.stream().allMatch(p -> p instanceof JsonString)) {
            return paragraphs.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.joining("\n\n"));
        }
        throw new WebApplicationException(ApiAnswer.problem(400, "“body” must be a string or an array of strings."));
    }

    private JsonObject json(Article article) {
        String base = uriInfo.getBaseUri().toString().replaceFirst("/$", "");
        JsonObject whole = ArticleJson.whole(article, base);
        return jakarta.json.Json.createObjectBuilder(whole).add("version", article.version())
                .add("published", article.isPublished()).build();
    }

    private boolean isEditor() {
        return request.isUserInRole("admin") || request.isUserInRole("editor");
    }

    private WebApplicationException missing() {
        return new WebApplicationException(ApiAnswer.problem(404, "No article with the slug " + slug + "."));
    }
}
