package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * The search index as a whole: Hibernate Search keeps it in step with every committed change, and this rebuilds it
 * from the database when it is missing or stale (say, after a database was restored from a backup), or when an admin
 * asks. A rebuild runs in the background with its progress in the log and on the admin page.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** Where a rebuild stands; {@code total} is known once the rebuild has counted the articles. */
    public record Progress(boolean running, long indexed, long total, Instant started, Instant finished, String failure) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, indexed * 100 / total);
        }
    }

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(false, 0, 0, null, null, null));

    public Progress progress() {
        return progress.get();
    }

    /** A batch of transactions to make searchable together (see {@link IndexingBatch}). */
    public IndexingBatch batch() {
        return new IndexingBatch(em.getEntityManagerFactory());
    }

    /**
     * Published articles in the database (withdrawn ones are not indexed) and documents in the index in the current
     * format (older ones count as missing).
     */
    @Transactional
    public long[] counts() {
        long rows = em.createNamedQuery(Article.COUNT_PUBLISHED, Long.class).getSingleResult();
        long documents = Search.session(em).search(Article.class)
                .where(f -> f.match().field(SearchMapping.Fields.FORMAT).matching(SearchMapping.FORMAT))
                .fetchTotalHitCount();
        return new long[] {rows, documents};
    }

    /** Rebuilds the index if it does not hold exactly the articles of the database, in the current format. */
    public void rebuildIfStale() {
        long[] counts = counts();
        if (counts[0] != counts[1]) {
            LOG.warning("The search index holds " + counts[1] + " articles and the database " + counts[0]
                    + ": rebuilding the index in the background");
            rebuild();
        }
    }

    /**
     * Rewrites the documents of one source's articles, which hold its name and slug, and returns when they are
     * written: after a rename, the articles are found under the new name at once.
     */
    public void reindexSource(long sourceId) {
        try {
            MassIndexer indexer = Search.mapping(em.getEntityManagerFactory()).scope(Article.class).massIndexer()
                    .purgeAllOnStart(false).dropAndCreateSchemaOnStart(false).mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(1);
            indexer.type(Article.class).reindexOnly("e.source.id = :id").param("id", sourceId);
            indexer.startAndWait();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reindexing a source's articles", interrupted);
        }
    }

    /** Starts a rebuild unless one is running; returns at once. */
    public synchronized boolean rebuild() {
        if (progress.get().running()) {
            return false;
        }
        Instant started = Instant.now();
        AtomicLong total = new AtomicLong();
        AtomicLong indexed = new AtomicLong();
        progress.set(new Progress(true, 0, 0, started, null, null));
        Search.mapping(em.getEntityManagerFactory()).scope(Article.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .monitor(new Monitor(started, total, indexed))
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
                    } else {
                        LOG.info("Search index rebuilt: " + indexed.get() + " articles in "
                                + Duration.between(started, Instant.now()).toSeconds() + " s");
                    }
                    progress.set(new Progress(false, indexed.get(), total.get(), started, Instant.now(),
                            failure == null ? null : String.valueOf(failure.getMessage())));
                });
        return true;
    }

    private final class Monitor implements MassIndexingMonitor {

        private final Instant started;
        private final AtomicLong total;
        private final AtomicLong indexed;
        private volatile long lastLoggedPercent = -10;

        Monitor(Instant started, AtomicLong total, AtomicLong indexed) {
            this.started = started;
            this.total = total;
            this.indexed = indexed;
        }

        @Override
        public void documentsAdded(long increment) {
            long done = indexed.addAndGet(increment);
            progress.set(new Progress(true, done, total.get(), started, null, null));
            long percent = total.get() == 0 ? 100 : done * 100 / total.get();
            if (percent >= lastLoggedPercent + 10) {
                lastLoggedPercent = percent;
                LOG.info("Rebuilding the search index: " + done + " of " + total.get() + " articles (" + percent + "%)");
            }
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
