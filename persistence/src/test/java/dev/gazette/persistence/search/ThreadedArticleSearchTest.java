package dev.gazette.persistence.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;

/**
 * Every search test again with threads for Lucene, as the server gives it: the segments of the index, and the words
 * of a search tolerating typos, are then handled side by side, and must come to the same results.
 */
class ThreadedArticleSearchTest extends ArticleSearchTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @Override
    ArticleSearch engine() {
        return ArticleSearch.threaded(em, threads);
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }
}
