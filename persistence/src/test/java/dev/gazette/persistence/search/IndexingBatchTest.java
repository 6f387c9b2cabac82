package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large upload stored in several transactions is indexed as one batch: nothing is committed to the index part by
 * part, and once the batch has been awaited every article is searchable and in the index on disk.
 */
class IndexingBatchTest {

    @TempDir
    Path data;

    EntityManagerFactory factory;

    @BeforeEach
    void database() {
        System.setProperty("hibernate.search.backend.directory.type", "local-filesystem");
        System.setProperty("gazette.data.dir", data.toString());
        factory = JpaTest.newDatabase();
    }

    @AfterEach
    void close() {
        if (factory != null) { // null when the database could not be had and the class was skipped
            factory.close();
        }
        System.clearProperty("hibernate.search.backend.directory.type");
        System.clearProperty("gazette.data.dir");
    }

    private void storePart(IndexingBatch batch, int from, int to) {
        List<ArticleFile> files = new ArrayList<>();
        for (int n = from; n < to; n++) {
            files.add(new ArticleFile("Lighthouse keeper's log " + n, LocalDateTime.of(2025, 1, 1, 0, 0).plusHours(n),
                    "Entry " + n + ".", List.of("The lighthouse keeper wrote entry " + n + ".")));
        }
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            new Articles(em, new Sources(em)).publishAll("Coast Watch", files, batch);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** Documents in the index's last commit, the one a restart would open. */
    private int committedDocuments() throws IOException {
        try (FSDirectory directory = FSDirectory.open(data.resolve("index").resolve(SearchMapping.INDEX));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private long found(String query) {
        EntityManager em = factory.createEntityManager();
        try {
            return new ArticleSearch(em).search(SearchRequest.of(query)).hits().total();
        } finally {
            em.close();
        }
    }

    @Test
    void partsAreCommittedToTheIndexOnceAllAreIndexedAndThenSearchable() throws IOException {
        IndexingBatch batch = new IndexingBatch(factory);
        storePart(batch, 0, 100);
        storePart(batch, 100, 200);
        storePart(batch, 200, 250);

        assertEquals(0, committedDocuments(), "no commit part by part");

        batch.awaitSearchable();

        assertEquals(250, committedDocuments());
        assertEquals(250, found("lighthouse keeper"));
        assertEquals(1, found("\"entry 249\""));
    }
}
