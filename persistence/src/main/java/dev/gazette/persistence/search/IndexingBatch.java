package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * The indexing of several transactions, made searchable and durable together, once. A large upload is stored in
 * several transactions so that Hibernate Search indexes one part on its worker threads while the request stores the
 * next. Made searchable transaction by transaction, Lucene would write a small segment for each part, and merge them
 * again later: on this project's machine, Lucene alone indexed 1,375 articles/s when it wrote a segment every 500
 * articles and 1,895/s every 2,000 (LuceneAlone, BENCHMARKS.md). So each enlisted transaction indexes without commit
 * or refresh, and {@link #awaitSearchable} waits for all of them, then commits and refreshes the index once.
 * <p>
 * With outbox-polling coordination, whichever node polls a change indexes it: there is nothing to wait for here, and
 * Hibernate Search refuses any synchronization strategy, so the batch leaves the sessions as they are.
 */
public final class IndexingBatch {

    private static final Logger LOG = Logger.getLogger(IndexingBatch.class.getName());

    private final EntityManagerFactory factory;
    private final boolean coordinated = SearchSettings.outboxPolling();
    private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing = new ArrayList<>();

    public IndexingBatch(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Makes the current transaction of {@code em} index as part of this batch; call it before the commit. */
    public void enlist(EntityManager em) {
        if (!coordinated) {
            Search.session(em).indexingPlanSynchronizationStrategy(this::configure);
        }
    }

    private void configure(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            synchronized (indexing) {
                indexing.add(future);
            }
        });
    }

    /**
     * Waits until every enlisted transaction is indexed, then commits and refreshes the index: afterwards every
     * article of the batch is searchable and on disk.
     *
     * @throws IllegalStateException if some articles could not be indexed; they are stored all the same, and a
     *                               rebuild of the index (the admin's button, or the next start) adds them
     */
    public void awaitSearchable() {
        if (coordinated) {
            return;
        }
        List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> all;
        synchronized (indexing) {
            all = List.copyOf(indexing);
            indexing.clear();
        }
        Throwable failure = null;
        for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> future : all) {
            try {
                Throwable failed = future.join().throwable().orElse(null);
                failure = failure == null ? failed : failure;
            } catch (CompletionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
        }
        // Whatever was indexed is kept, even when a part failed.
        SearchWorkspace index = Search.mapping(factory).scope(Article.class).workspace();
        index.flush();
        index.refresh();
        if (failure != null) {
            LOG.log(Level.SEVERE, "Articles were stored but not all of them could be indexed", failure);
            throw new IllegalStateException("Articles were stored but not all of them could be indexed: "
                    + "rebuild the search index from the admin page", failure);
        }
    }
}
