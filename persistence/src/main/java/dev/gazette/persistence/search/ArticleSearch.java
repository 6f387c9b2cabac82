package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.search.SearchRequest.Order;
import dev.gazette.persistence.search.SearchResult.Facet;
import dev.gazette.persistence.search.SearchResult.Hit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search of the articles: relevance ranking with the title weighing most, English stemming, typo
 * tolerance, phrases, exclusions, OR, prefixes and field operators (see {@link ReaderQuery}), highlighted snippets,
 * and counts per source and per month. On the embedded Lucene backend the search runs on Lucene directly
 * ({@link LuceneSearch}, for speed); on a search cluster, as the same query in Hibernate Search's DSL.
 */
@ApplicationScoped
public class ArticleSearch {

    @PersistenceUnit(unitName = "gazette")
    EntityManagerFactory entityManagerFactory;

    /**
     * The server's threads: for searching the parts of a large index at once, finding the near misses of several
     * words side by side, and making the snippets of half a page.
     */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private EntityManager fixed;
    /** Lucene run directly when the backend is the embedded one (see LuceneSearch); empty for a search cluster. */
    private volatile Optional<LuceneSearch> lucene;

    protected ArticleSearch() {
    }

    /** For tests outside a server: search through this entity manager. */
    public ArticleSearch(EntityManager em) {
        this.fixed = em;
    }

    /** For tests: Lucene directly, the parts of the index and the words of a tolerant search on these threads. */
    static ArticleSearch threaded(EntityManager em, Executor threads) {
        ArticleSearch search = new ArticleSearch(em);
        search.lucene = LuceneSearch.of(em.getEntityManagerFactory(), threads);
        return search;
    }

    /** For tests: the portable query of Hibernate Search's DSL even on the Lucene backend, as on a search cluster. */
    static ArticleSearch portable(EntityManager em) {
        ArticleSearch search = new ArticleSearch(em);
        search.lucene = Optional.empty();
        return search;
    }

    /**
     * Exact words first; only when they find nothing, the same search again tolerating a typo per word. Near misses
     * cost many times more to find and to highlight, and a query that matches as typed needs none.
     */
    public dev.gazette.persistence.search.SearchResult search(SearchRequest request) {
        if (fixed != null) {
            return search(fixed, request);
        }
        // Reading needs no transaction: an entity manager of its own spares every search a JTA commit.
        try (EntityManager reading = entityManagerFactory.createEntityManager()) {
            return search(reading, request);
        }
    }

    private Optional<LuceneSearch> lucene(EntityManager em) {
        Optional<LuceneSearch> engine = lucene;
        if (engine == null) {
            engine = LuceneSearch.of(em.getEntityManagerFactory(), executor);
            lucene = engine;
        }
        return engine;
    }

    private dev.gazette.persistence.search.SearchResult search(EntityManager em, SearchRequest request) {
        ReaderQuery query = ReaderQuery.parse(request.q());
        dev.gazette.persistence.search.SearchResult exact = attempt(em, query, request, false);
        if (!exact.hits().isEmpty() || query.words().isEmpty()) {
            return exact;
        }
        dev.gazette.persistence.search.SearchResult tolerant = attempt(em, query, request, true);
        if (!tolerant.hits().isEmpty()) {
            return tolerant;
        }
        return new dev.gazette.persistence.search.SearchResult(tolerant.hits(), tolerant.sources(), tolerant.months(),
                SpellingSuggestion.of(em, lucene(em), query, request));
    }

    /** One page of found articles, the total, and the counts per source slug and per month. */
    record Matches(List<Article> articles, long total, Map<String, Long> sources, Map<String, Long> months) {
    }

    private dev.gazette.persistence.search.SearchResult attempt(EntityManager em, ReaderQuery query,
                                                              SearchRequest request, boolean tolerateTypos) {
        Order order = effectiveOrder(query, request);
        Matches matches = lucene(em)
                .map(engine -> loaded(em, engine.find(query, request, order, tolerateTypos)))
                .orElseGet(() -> PortableSearch.matches(Search.session(em), query, request, order, tolerateTypos));

        // Snippets come from the loaded articles: the index keeps no text to highlight.
        Snippets.Marks marks = Snippets.Marks.of(query, tolerateTypos);
        List<Callable<Hit>> highlighting = new ArrayList<>();
        for (Article article : matches.articles()) {
            Hibernate.initialize(article.source()); // the page shows the source after the transaction
            String title = article.title();
            List<String> texts = new ArrayList<>();
            texts.add(article.summary());
            texts.addAll(article.paragraphs());
            // Plain text in, HTML out: nothing here touches the entity manager, so any thread can do it.
            highlighting.add(() -> new Hit(article, Snippets.title(marks, title), Snippets.passage(marks, texts)));
        }
        List<Hit> hits = all(highlighting);
        return new dev.gazette.persistence.search.SearchResult(
                new Page<>(hits, matches.total(), request.page().number(), request.page().size()),
                facets(matches.sources()), facets(matches.months()), null);
    }

    /**
     * The results of the tasks in order. With the server's threads at hand (not in tests), the second half of them
     * runs on one while this thread does the first: analysing the text for a page's snippets was a fifth of a search.
     */
    private <T> List<T> all(List<Callable<T>> tasks) {
        try {
            int half = executor == null ? tasks.size() : (tasks.size() + 1) / 2;
            Future<List<T>> second = half == tasks.size() ? null : executor.submit(() -> run(tasks.subList(half, tasks.size())));
            List<T> results = new ArrayList<>(run(tasks.subList(0, half)));
            if (second != null) {
                results.addAll(second.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making snippets", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private static <T> List<T> run(List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>();
        for (Callable<T> task : tasks) {
            try {
                results.add(task.call());
            } catch (Exception e) {
                throw e instanceof RuntimeException failure ? failure : new IllegalStateException(e);
            }
        }
        return results;
    }

    /**
     * The articles of the ids Lucene found, with their sources, in its order. One deleted or withdrawn since is left
     * out: on a cluster the index follows the database with a delay.
     */
    private static Matches loaded(EntityManager em, LuceneSearch.Found found) {
        Map<Long, Article> byId = new HashMap<>();
        if (!found.ids().isEmpty()) {
            em.createNamedQuery(Article.WITH_SOURCES, Article.class).setParameter("ids", found.ids()).getResultList()
                    .forEach(article -> byId.put(article.id(), article));
        }
        List<Article> articles = found.ids().stream().map(byId::get).filter(Objects::nonNull)
                .filter(Article::isPublished).toList();
        return new Matches(articles, found.total(), found.sources(), found.months());
    }

    private static Order effectiveOrder(ReaderQuery query, SearchRequest request) {
        // Without words there is nothing to rank by: newest first.
        return request.order() == Order.RELEVANCE && !query.hasPositiveTerms() ? Order.NEWEST : request.order();
    }

    private static List<Facet> facets(Map<String, Long> counts) {
        return counts == null ? List.of()
                : counts.entrySet().stream().map(e -> new Facet(e.getKey(), e.getValue())).toList();
    }
}
