package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.Article_;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.sources.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The articles of every source: reading them in the orders readers and editors need, taking new ones in, and the
 * editors' corrections. Readers see published articles only; the editors' list and {@link #bySlug} see every one.
 */
@ApplicationScoped
public class Articles {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    @Inject
    Sources sources;

    protected Articles() {
    }

    public Articles(EntityManager em, Sources sources) {
        this.em = em;
        this.sources = sources;
    }

    /** The article at this address, published or not: readers' pages check {@link Article#isPublished()}. */
    public Optional<Article> bySlug(String slug) {
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Page<Article> latest(PageRequest page) {
        return filter(ArticleFilter.none(), page);
    }

    public Page<Article> bySource(Source source, PageRequest page) {
        return filter(new ArticleFilter(null, source.slug(), null, null), page);
    }

    public long count() {
        return em.createNamedQuery(Article.COUNT, Long.class).getSingleResult();
    }

    public long countPublished() {
        return em.createNamedQuery(Article.COUNT_PUBLISHED, Long.class).getSingleResult();
    }

    /** The addresses of published articles, oldest first, a slice at a time: the pages of the sitemap. */
    public List<ArticleAddress> addresses(int offset, int size) {
        return em.createQuery("select new dev.gazette.persistence.articles.ArticleAddress(a.slug, a.updatedAt)"
                        + " from Article a where a.unpublishedAt is null order by a.id", ArticleAddress.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long countOf(Source source) {
        return em.createNamedQuery(Article.COUNT_OF_SOURCE, Long.class).setParameter("source", source).getSingleResult();
    }

    /** Published articles matching a reader's filter, newest first; keywords are matched as plain text. */
    public Page<Article> filter(ArticleFilter filter, PageRequest page) {
        return page((cb, article) -> FilterConditions.of(cb, article, filter), page);
    }

    /** Every article, published or not, matching an editor's filter, newest first. */
    public Page<Article> forEditors(EditorFilter filter, PageRequest page) {
        return page((cb, article) -> FilterConditions.of(cb, article, filter), page);
    }

    private Page<Article> page(BiFunction<CriteriaBuilder, Root<Article>, Predicate[]> conditions, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Article> select = cb.createQuery(Article.class);
        Root<Article> article = select.from(Article.class);
        article.fetch(Article_.source);
        select.where(conditions.apply(cb, article))
                .orderBy(cb.desc(article.get(Article_.publishedAt)), cb.desc(article.get(Article_.id)));
        List<Article> items = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Article> counted = count.from(Article.class);
        count.select(cb.count(counted)).where(conditions.apply(cb, counted));
        return new Page<>(items, em.createQuery(count).getSingleResult(), page.number(), page.size());
    }

    /**
     * Stores a parsed article under its source (created if new, in UTC), unless the same story (source, title,
     * publication instant) is already there. One transaction per article: a failure here never costs another.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome publish(String sourceName, ArticleFile file) {
        return new ArticleIntake(em).store(sources.named(sourceName, Source.DEFAULT_ZONE), List.of(file)).get(0);
    }

    /**
     * Stores many articles of one source in one transaction, as {@link #publish} would one by one (duplicates
     * included, also within the list), but with one commit, and indexes them as part of {@code batch}: they are
     * searchable once the batch says so. If the transaction fails, nothing of it is stored and the caller can fall
     * back to {@link #publish}. It joins the caller's transaction if there is one (a background import's part, whose
     * account of its items commits with the articles).
     */
    @Transactional
    public List<Outcome> publishAll(String sourceName, List<ArticleFile> files, IndexingBatch batch) {
        batch.enlist(em);
        Source source = sources.named(sourceName, Source.DEFAULT_ZONE);
        em.setFlushMode(FlushModeType.COMMIT); // the checks below see this batch through their own maps
        return new ArticleIntake(em).store(source, files);
    }

    /**
     * What importing these files into the source would do (see {@link Verdict}), storing nothing. A source Gazette
     * does not know yet has no duplicates but of bodies stored elsewhere.
     */
    public List<Verdict> judge(String sourceName, List<ArticleFile> files) {
        Source source = sources.byName(sourceName).orElse(null);
        java.time.ZoneId zone = source == null ? Source.DEFAULT_ZONE : source.zone();
        return new StoryLookup(em).judge(source, files.stream().map(file -> new StoryLookup.Candidate(file.title().strip(),
                file.publishedAt().atZone(zone).toInstant(), String.join("\n\n", file.paragraphs()))).toList());
    }

    /**
     * Replaces the article at {@code slug} with an imported file's content (its source stays, its address too):
     * the editor's choice for a probable duplicate. Empty if there is no such article any more.
     */
    @Transactional
    public Optional<Article> replace(String slug, ArticleFile file) {
        Optional<Article> found = bySlug(slug);
        found.ifPresent(article -> article.revise(article.source(), file.title(),
                file.publishedAt().atZone(article.source().zone()).toInstant(), file.summary(), file.paragraphs()));
        return found;
    }

    /** The highest id so far: an export reads up to it, so that both its passes see the same articles. */
    public long lastId() {
        return em.createNamedQuery(Article.LAST_ID, Long.class).getSingleResult();
    }

    /** The articles after {@code id} up to {@code last}, in the order of their ids, with their sources. */
    public List<Article> after(long id, long last, int size) {
        return em.createNamedQuery(Article.AFTER, Article.class).setParameter("after", id).setParameter("last", last)
                .setMaxResults(size).getResultList();
    }

    /** Stores articles of another portal's export as they were there (see {@link ArticleIntake#restore}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> restoreAll(List<Article> exported, IndexingBatch batch) {
        batch.enlist(em);
        return new ArticleIntake(em).restore(exported);
    }

    /**
     * An editor's correction, unless someone saved the article since the editor opened it ({@link Edit.Stale}) or
     * it would become the same story as another article. A concurrent save between this check and the commit fails
     * the flush with an {@link jakarta.persistence.OptimisticLockException}: the caller then shows the newer one.
     */
    @Transactional
    public Edit revise(String slug, Revision revision) {
        Optional<Article> found = bySlug(slug);
        if (found.isEmpty()) {
            return new Edit.Missing();
        }
        Article article = found.get();
        if (article.version() != revision.version()) {
            return new Edit.Stale(article);
        }
        Source source = sources.named(revision.sourceName(), Source.DEFAULT_ZONE);
        Instant publishedAt = revision.publishedAt().atZone(source.zone()).toInstant();
        Optional<String> other = em.createNamedQuery(Article.SAME_STORY, String.class)
                .setParameter("title", revision.title().strip()).setParameter("source", source)
                .setParameter("publishedAt", publishedAt).setParameter("id", article.id())
                .getResultStream().findFirst();
        if (other.isPresent()) {
            return new Edit.SameStory(other.get());
        }
        article.revise(source, revision.title(), publishedAt, revision.summary(), revision.paragraphs());
        em.flush();
        return new Edit.Saved(article);
    }

    /** Withdraws the article from readers; empty if there is none at that address. */
    @Transactional
    public Optional<Article> unpublish(String slug) {
        Optional<Article> found = bySlug(slug);
        found.ifPresent(article -> article.unpublish(Instant.now()));
        return found;
    }

    @Transactional
    public Optional<Article> republish(String slug) {
        Optional<Article> found = bySlug(slug);
        found.ifPresent(Article::republish);
        return found;
    }

    /** Deletes the article for good; empty if there was none. */
    @Transactional
    public Optional<Article> delete(String slug) {
        Optional<Article> found = bySlug(slug);
        found.ifPresent(em::remove);
        return found;
    }
}
