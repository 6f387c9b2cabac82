package dev.gazette.web.editing;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Edit;
import dev.gazette.web.admin.ArticleForm;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One article for its editors: correct every field, withdraw or republish it, delete it after a confirmation. Two
 * editors saving the same version: the second sees both versions side by side, the form still holding their text.
 */
@Path("/admin/articles/{slug}")
public class ArticlePage {

    @Inject
    Articles articles;

    @Inject
    ArticleEditing editing;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @PathParam("slug")
    String slug;

    @GET
    public View edit() {
        Article article = article();
        return form(article, ArticleForm.of(article), Map.of(), 200);
    }

    @POST
    public Object save(@BeanParam ArticleForm form, @FormParam(CsrfTokens.FIELD) String csrf) {
        Article article = article();
        if (!csrfTokens.isValid(request, csrf)) {
            return form(article, form, Map.of("form", "This form had expired. Your text is below: please save again."), 403);
        }
        Map<String, String> errors = form.check();
        if (!errors.isEmpty()) {
            return form(article, form, errors, 400);
        }
        Edit edit = editing.revise(request, slug, form);
        if (edit instanceof Edit.Saved) {
            return done("Saved your correction.");
        }
        if (edit instanceof Edit.Stale stale) {
            form.version = String.valueOf(stale.current().version()); // saving again replaces theirs, knowingly
            return form(stale.current(), form, Map.of("form", "Someone else saved this article while you were"
                    + " editing it. Their version is shown beside yours; yours is not saved yet. Merge what you"
                    + " need into the form and save again to replace theirs."), 409).with("theirs", stale.current());
        }
        if (edit instanceof Edit.SameStory same) {
            return form(article, form, Map.of("form", "Another article already has this source, title and time."), 409)
                    .with("duplicateSlug", same.otherSlug());
        }
        throw new NotFoundException("Deleted meanwhile");
    }

    @POST
    @Path("unpublish")
    public Object unpublish(@FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return expired();
        }
        editing.unpublish(request, slug).orElseThrow(() -> new NotFoundException("No article at this address"));
        return done("Withdrawn: readers no longer see it, and its address answers 410 Gone.");
    }

    @POST
    @Path("publish")
    public Object publish(@FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return expired();
        }
        editing.republish(request, slug).orElseThrow(() -> new NotFoundException("No article at this address"));
        return done("Published again.");
    }

    @GET
    @Path("delete")
    public View confirmDelete() {
        return View.of("admin/delete-article").with("article", article());
    }

    @POST
    @Path("delete")
    public Object delete(@FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return confirmDelete().status(403).with("error", "This form had expired. Please confirm again.");
        }
        Article deleted = editing.delete(request, slug).orElseThrow(() -> new NotFoundException("No article at this address"));
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles?deleted="
                + URLEncoder.encode(deleted.title(), StandardCharsets.UTF_8))).build();
    }

    private Article article() {
        return articles.bySlug(slug).orElseThrow(() -> new NotFoundException("No article at this address"));
    }

    private View form(Article article, ArticleForm form, Map<String, String> errors, int status) {
        return View.of("admin/edit-article").with("article", article).with("form", form).with("errors", errors)
                .status(status);
    }

    private View expired() {
        Article article = article();
        return form(article, ArticleForm.of(article), Map.of("form", "This form had expired. Please try again."), 403);
    }

    private Response done(String message) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + slug + "?done="
                + URLEncoder.encode(message, StandardCharsets.UTF_8))).build();
    }
}
