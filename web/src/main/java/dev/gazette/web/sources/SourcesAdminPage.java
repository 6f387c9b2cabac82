package dev.gazette.web.sources;

import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The admin's sources: a paged list filtered by name, a new one, and each one's edit form (delete when empty). */
@Path("/admin/sources")
public class SourcesAdminPage {

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @Inject
    SourceEditing editing;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("page") String page) {
        return list(q, page, new SourceFields("", "", "", "UTC"), Map.of(), 200);
    }

    @POST
    public Object create(@FormParam("name") String name, @FormParam("homepage") String homepage,
                         @FormParam("description") String description, @FormParam("timeZone") String timeZone,
                         @FormParam(CsrfTokens.FIELD) String csrf) {
        SourceFields fields = new SourceFields(name, homepage, description, timeZone);
        if (!csrfTokens.isValid(request, csrf)) {
            return list(null, null, fields, Map.of("form", "This form had expired. Please check it and try again."), 403);
        }
        try {
            Source source = editing.create(request, fields);
            return done(source.slug(), "Created the source " + source.name() + ".");
        } catch (SourceEditing.Refused refused) {
            return list(null, null, fields, refused.errors(), refused.status());
        }
    }

    @GET
    @Path("{slug}")
    public View one(@PathParam("slug") String slug) {
        Source source = source(slug);
        return one(source, SourceFields.of(source), Map.of(), 200);
    }

    @POST
    @Path("{slug}")
    public Object change(@PathParam("slug") String slug, @FormParam("name") String name,
                         @FormParam("homepage") String homepage, @FormParam("description") String description,
                         @FormParam("timeZone") String timeZone, @FormParam(CsrfTokens.FIELD) String csrf) {
        Source source = source(slug);
        SourceFields fields = new SourceFields(name, homepage, description, timeZone);
        if (!csrfTokens.isValid(request, csrf)) {
            return one(source, fields, Map.of("form", "This form had expired. Please save again."), 403);
        }
        try {
            Source changed = editing.change(request, slug, fields);
            return done(changed.slug(), "Saved.");
        } catch (SourceEditing.Refused refused) {
            return one(source, fields, refused.errors(), refused.status());
        }
    }

    @POST
    @Path("{slug}/delete")
    public Object delete(@PathParam("slug") String slug, @FormParam(CsrfTokens.FIELD) String csrf) {
        Source source = source(slug);
        if (!csrfTokens.isValid(request, csrf)) {
            return one(source, SourceFields.of(source), Map.of("form", "This form had expired. Please try again."), 403);
        }
        try {
            editing.delete(request, slug);
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/sources?deleted="
                    + URLEncoder.encode(source.name(), StandardCharsets.UTF_8))).build();
        } catch (SourceEditing.Refused refused) {
            return one(source, SourceFields.of(source), Map.of("form", refused.getMessage()), refused.status());
        }
    }

    private Source source(String slug) {
        return sources.bySlug(slug).orElseThrow(() -> new NotFoundException("No source at this address"));
    }

    private View list(String q, String page, SourceFields fields, Map<String, String> errors, int status) {
        return View.of("admin/sources").with("q", q)
                .with("page", sources.named(q, PageRequest.of(Params.number(page, 1))))
                .with("pagerUrl", "/admin/sources" + (q == null || q.isBlank() ? ""
                        : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .with("fields", fields).with("errors", errors).status(status);
    }

    private View one(Source source, SourceFields fields, Map<String, String> errors, int status) {
        return View.of("admin/source").with("source", source).with("fields", fields).with("errors", errors)
                .with("articleCount", articles.countOf(source)).status(status);
    }

    private Response done(String slug, String message) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/sources/" + slug + "?done="
                + URLEncoder.encode(message, StandardCharsets.UTF_8))).build();
    }
}
