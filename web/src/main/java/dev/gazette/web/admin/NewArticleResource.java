package dev.gazette.web.admin;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.web.audit.Audit;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** Writing one article by hand. Errors are shown beside their fields; success redirects to the new article. */
@Path("/admin/articles/new")
public class NewArticleResource {

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    Audit audit;

    @Context
    HttpServletRequest request;

    @GET
    public View form() {
        return form(ArticleForm.blank(), Map.of(), 200);
    }

    @POST
    public Object publish(@BeanParam ArticleForm form, @FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return form(form, Map.of("form", "This form had expired. Please check it and publish again."), 403);
        }
        Map<String, String> errors = form.check();
        if (!errors.isEmpty()) {
            return form(form, errors, 400);
        }
        String sourceName = SourceNames.resolve(sources, form.sourceName());
        Outcome outcome = articles.publish(sourceName, form.toArticleFile());
        if (outcome.duplicate()) {
            return form(form, Map.of("form", "This story is already published: same source, title and time."), 409)
                    .with("duplicateSlug", outcome.slug());
        }
        audit.record(request, AuditAction.ARTICLE_CREATED, outcome.slug(), outcome.title());
        return Response.seeOther(URI.create(request.getContextPath() + "/articles/" + outcome.slug() + "?published"))
                .build();
    }

    private View form(ArticleForm form, Map<String, String> errors, int status) {
        return View.of("admin/new-article").with("form", form).with("errors", errors).status(status);
    }
}
