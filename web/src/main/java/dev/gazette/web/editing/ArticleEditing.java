package dev.gazette.web.editing;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.audit.AuditAction;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Edit;
import dev.gazette.persistence.articles.Revision;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.admin.ArticleForm;
import dev.gazette.web.admin.SourceNames;
import dev.gazette.web.audit.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The editors' changes of an article, for the admin pages and the API alike: stored (and in the search index when
 * this returns, on a single node), then written to the audit log.
 */
@ApplicationScoped
public class ArticleEditing {

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @Inject
    Audit audit;

    /** A checked form (see {@link ArticleForm#check()}) as the article's new content. */
    public Edit revise(HttpServletRequest request, String slug, ArticleForm form) {
        Revision revision = new Revision(SourceNames.resolve(sources, form.sourceName()), form.title.strip(),
                form.publishedAt(), form.summary.strip(), form.paragraphs(), form.versionNumber());
        Edit edit;
        try {
            edit = articles.revise(slug, revision);
        } catch (OptimisticLockException concurrent) {
            edit = stale(slug);
        } catch (PersistenceException failed) {
            if (!(failed.getCause() instanceof OptimisticLockException)) {
                throw failed;
            }
            edit = stale(slug);
        }
        if (edit instanceof Edit.Saved saved) {
            audit.record(request, AuditAction.ARTICLE_EDITED, slug, saved.article().title());
        }
        return edit;
    }

    /** Another editor saved between this one's check and commit: theirs is the current article. */
    private Edit stale(String slug) {
        return articles.bySlug(slug).<Edit>map(Edit.Stale::new).orElseGet(Edit.Missing::new);
    }

    public Optional<Article> unpublish(HttpServletRequest request, String slug) {
        Optional<Article> done = articles.unpublish(slug);
        done.ifPresent(article -> audit.record(request, AuditAction.ARTICLE_UNPUBLISHED, slug, article.title()));
        return done;
    }

    public Optional<Article> republish(HttpServletRequest request, String slug) {
        Optional<Article> done = articles.republish(slug);
        done.ifPresent(article -> audit.record(request, AuditAction.ARTICLE_REPUBLISHED, slug, article.title()));
        return done;
    }

    public Optional<Article> delete(HttpServletRequest request, String slug) {
        Optional<Article> done = articles.delete(slug);
        done.ifPresent(article -> audit.record(request, AuditAction.ARTICLE_DELETED, slug,
                article.title() + " (" + article.source().name() + ", " + article.publishedAt() + ")"));
        return done;
    }
}
