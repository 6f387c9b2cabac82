package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.Article_;
import dev.gazette.domain.articles.Slugs;
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
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The articles of every source: reading them in the orders readers need, and taking new ones in. */
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

    /**
     * Articles matching a filter, newest first. Keywords are matched as plain text (every word must appear in the
     * title, abstract or body); the search issue replaces this with full-text search behind the same method.
     */
    public Page<Article> filter(ArticleFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Article> select = cb.createQuery(Article.class);
        Root<Article> article = select.from(Article.class);
        article.fetch(Article_.source);
        select.where(FilterConditions.of(cb, article, filter))
                .orderBy(cb.desc(article.get(Article_.publishedAt)), cb.desc(article.get(Article_.id)));
        TypedQuery<Article> query = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Article> counted = count.from(Article.class);
        count.select(cb.count(counted)).where(FilterConditions.of(cb, counted, filter));

        return new Page<>(query.getResultList(), em.createQuery(count).getSingleResult(), page.number(), page.size());
    }

    /**
     * Stores a parsed article under its source (created if new, in UTC), unless the same story (source, title,
     * publication instant) is already there. One transaction per article: a failure here never costs another.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome publish(String sourceName, ArticleFile file) {
        return store(sources.named(sourceName, Source.DEFAULT_ZONE), List.of(file)).get(0);
    }

    /**
     * Stores many articles of one source in one transaction, as {@link #publish} would one by one (duplicates
     * included, also within the list), but with one commit, and indexes them as part of {@code batch}: they are
     * searchable once the batch says so. If the transaction fails, nothing of it is stored and the caller can fall
     * back to {@link #publish}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> publishAll(String sourceName, List<ArticleFile> files, IndexingBatch batch) {
        batch.enlist(em);
        Source source = sources.named(sourceName, Source.DEFAULT_ZONE);
        em.setFlushMode(FlushModeType.COMMIT); // the checks below see this batch through their own maps
        return store(source, files);
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

    /**
     * Stores articles of another portal's export as they were there, slugs included, in one transaction indexed as
     * part of {@code batch}. One whose story (source, title, instant) is here already is a duplicate; one whose slug
     * belongs to another story here is refused, never stored under another address nor over the other story.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> restoreAll(List<Article> exported, IndexingBatch batch) {
        batch.enlist(em);
        Set<String> stories = new HashSet<>();
        for (List<String> titles : InLists.of(exported.stream().map(Article::title).distinct().toList())) {
            em.createNamedQuery(Article.STORIES_TITLED, Object[].class).setParameter("titles", titles).getResultList()
                    .forEach(row -> stories.add(row[3] + "\n" + story((String) row[0], (Instant) row[1])));
        }
        Set<String> taken = new HashSet<>();
        for (List<String> slugs : InLists.of(exported.stream().map(Article::slug).toList())) {
            taken.addAll(em.createNamedQuery(Article.SLUGS_TAKEN, String.class).setParameter("slugs", slugs).getResultList());
        }
        List<Outcome> outcomes = new ArrayList<>(exported.size());
        for (Article article : exported) {
            if (!stories.add(article.source().id() + "\n" + story(article.title(), article.publishedAt()))) {
                outcomes.add(Outcome.duplicateOf(article.slug(), article.title()));
            } else if (!taken.add(article.slug())) {
                outcomes.add(Outcome.addressTaken(article.slug(), article.title()));
            } else {
                em.persist(article);
                outcomes.add(Outcome.published(article.slug(), article.title()));
            }
        }
        return outcomes;
    }

    private List<Outcome> store(Source source, List<ArticleFile> files) {
        // What is stored already, looked up for all the files at once: a few queries per upload, not two per article.
        Map<String, Outcome> stories = storedStories(source, files);
        Set<String> takenSlugs = takenSlugs(files);
        List<Outcome> outcomes = new ArrayList<>(files.size());
        for (ArticleFile file : files) {
            String title = file.title().strip();
            Instant publishedAt = file.publishedAt().atZone(source.zone()).toInstant();
            Outcome earlier = stories.get(story(title, publishedAt));
            if (earlier != null) {
                outcomes.add(earlier);
                continue;
            }
            Article article = new Article(source, freeSlug(Slugs.of(title), takenSlugs), title, publishedAt,
                    file.summary(), file.paragraphs());
            em.persist(article);
            takenSlugs.add(article.slug());
            stories.put(story(title, publishedAt), Outcome.duplicateOf(article.slug(), article.title()));
            outcomes.add(Outcome.published(article.slug(), article.title()));
        }
        return outcomes;
    }

    private static String story(String title, Instant publishedAt) {
        return title + "\n" + publishedAt;
    }

    /** The stories of the source with one of the files' titles, as the duplicates they would be. */
    private Map<String, Outcome> storedStories(Source source, List<ArticleFile> files) {
        Map<String, Outcome> stories = new HashMap<>();
        for (List<String> titles : InLists.of(files.stream().map(file -> file.title().strip()).distinct().toList())) {
            for (Object[] row : em.createNamedQuery(Article.STORIES_TITLED, Object[].class)
                    .setParameter("titles", titles).getResultList()) {
                if (source.id().equals(row[3])) {
                    stories.put(story((String) row[0], (Instant) row[1]), Outcome.duplicateOf((String) row[2], (String) row[0]));
                }
            }
        }
        return stories;
    }

    /** Which of the slugs the files' titles would get are taken. */
    private Set<String> takenSlugs(List<ArticleFile> files) {
        Set<String> taken = new HashSet<>();
        for (List<String> slugs : InLists.of(files.stream().map(file -> Slugs.of(file.title().strip())).distinct().toList())) {
            taken.addAll(em.createNamedQuery(Article.SLUGS_TAKEN, String.class).setParameter("slugs", slugs).getResultList());
        }
        return taken;
    }

    /**
     * The slug itself if free, else the first free numbered variant, so that an article's address never changes.
     * {@code taken} holds whatever is known to be taken, the base slug included if it is.
     */
    private String freeSlug(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        Set<String> variants = new HashSet<>(em.createNamedQuery(Article.SLUGS_LIKE, String.class)
                .setParameter("prefix", base + "-%").getResultList());
        variants.addAll(taken);
        int n = 2;
        while (variants.contains(Slugs.numbered(base, n))) {
            n++;
        }
        return Slugs.numbered(base, n);
    }
}
