package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.schema.Migrations;
import dev.gazette.persistence.sources.Sources;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scale-out is a matter of properties (README, "Scaling out"): the outbox-polling coordination of several nodes
 * sharing one database, and the Elasticsearch/OpenSearch backend, both bundled and switched on without code changes.
 */
class ScaleOutTest {

    private static final String COORDINATION = "hibernate.search.coordination.strategy";

    @AfterEach
    void clear() {
        System.clearProperty(COORDINATION);
    }

    @Test
    void nodesShareIndexingWorkThroughTheOutboxTable() throws Exception {
        String url = migratedDatabase();
        System.setProperty(COORDINATION, "outbox-polling"); // as an operator would, on every node
        // A node that only writes: its changes wait in the outbox table for whichever node processes events.
        try (EntityManagerFactory writer = node(url, Map.of(
                "hibernate.search.coordination.event_processor.enabled", "false"))) {
            inTransaction(writer, em -> new Articles(em, new Sources(em)).publish("Courier", new ArticleFile(
                    "Harbour festival returns", LocalDateTime.parse("2025-06-01T10:00:00"), "Fireworks again.",
                    List.of("The harbour festival returns with fireworks."))));

            assertEquals(1L, outboxEvents(writer), "the change is queued in the outbox, not indexed by the writer");
            assertEquals(0L, found(writer, "festival"));

            // A node that processes events picks it up and indexes it.
            try (EntityManagerFactory processor = node(url, Map.of(
                    "hibernate.search.coordination.event_processor.polling_interval", "50"))) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                // The event leaves the outbox once the index has it, a moment after it becomes searchable.
                while ((found(processor, "festival") == 0 || outboxEvents(processor) > 0)
                        && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                assertEquals(1L, found(processor, "festival"));
                assertEquals(0L, outboxEvents(processor), "processed events leave the outbox");
                assertTrue(inTransaction(processor, em -> (Long) em.createNativeQuery(
                        "select count(*) from HSEARCH_AGENT", Long.class).getSingleResult()) >= 1, "the node registered");
            }
        }
    }

    @Test
    void theElasticsearchBackendIsBundledAndChosenByProperties() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> cluster = new HashMap<>(Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.hosts", "localhost:" + closedPort,
                "hibernate.search.backend.version", "8.15",
                "hibernate.search.backend.version_check.enabled", "false",
                "hibernate.search.schema_management.strategy", "none"));
        // Boots with the English analysis defined for the cluster (EnglishAnalysis is both kinds of configurer) ...
        try (EntityManagerFactory node = node(migratedDatabase(), cluster)) {
            assertTrue(LuceneSearch.of(node, null).isEmpty(), "a cluster is searched with the DSL, not Lucene directly");
            // ... and sends searches to the cluster: here, a port nobody listens on.
            SearchException failure = assertThrows(SearchException.class, () -> found(node, "festival"));
            assertTrue(String.valueOf(failure.getMessage()).contains("localhost:" + closedPort)
                    || String.valueOf(failure.getCause()).contains("Connection refused"), failure.toString());
        }
    }

    private static String migratedDatabase() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Migrations.migrate(dataSource);
        return url;
    }

    private static EntityManagerFactory node(String url, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        return Persistence.createEntityManagerFactory("gazette-test", properties);
    }

    private static long outboxEvents(EntityManagerFactory factory) {
        return inTransaction(factory, em -> (Long) em.createNativeQuery(
                "select count(*) from HSEARCH_OUTBOX_EVENT", Long.class).getSingleResult());
    }

    private static long found(EntityManagerFactory factory, String q) {
        return inTransaction(factory, em -> new ArticleSearch(em).search(SearchRequest.of(q)).hits().total());
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
