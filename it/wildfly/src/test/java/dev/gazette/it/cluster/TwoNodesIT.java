package dev.gazette.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Gazette;
import dev.gazette.it.Http;
import dev.gazette.it.restart.ServerProcess;
import dev.gazette.it.restart.WildFlyProcess;
import dev.gazette.persistence.testing.Installed;
import dev.gazette.persistence.testing.OpenSearchNode;
import dev.gazette.persistence.testing.PostgresServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Gazette scaled out as docs/scale-out.md says: an embedded portal (H2, Lucene) moved onto PostgreSQL and OpenSearch
 * by its export, then two WildFly nodes on them, coordinated through the outbox table, started as an operator would
 * (standalone.sh, system properties, the EAR unchanged). The database and the search node are the test's own
 * (PostgresServer, OpenSearchNode); everything is stopped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    /** A node's agent counts as gone this long after its last pulse (Hibernate Search's default is 30 s). */
    static final int PULSE_EXPIRATION_MS = 10_000;
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

    private Path work;
    private String database;
    private byte[] export;
    private long exported;
    private WildFlyProcess a;
    private WildFlyProcess b;

    @BeforeAll
    void startThePortal() throws Exception {
        Installed.orSkip(PostgresServer.installed(), "apt-get install postgresql");
        work = ServerProcess.property("project.build.directory").resolve("two-nodes");
        exportAnEmbeddedPortal(work.resolve("embedded"));
        database = PostgresServer.shared().newDatabase("two_nodes");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("gazette.samples", "false"); // its articles come from the embedded portal's export
        properties.put("gazette.db.url", database);
        properties.put("gazette.db.user", PostgresServer.USER);
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.uris", OpenSearchNode.shared().uri());
        properties.put("hibernate.search.coordination.strategy", "outbox-polling");
        properties.put("hibernate.search.coordination.event_processor.pulse_interval", "1000");
        properties.put("hibernate.search.coordination.event_processor.pulse_expiration", String.valueOf(PULSE_EXPIRATION_MS));
        a = new WildFlyProcess(work.resolve("a"), 300, properties);
        b = new WildFlyProcess(work.resolve("b"), 400, properties);
        a.reset();
        b.reset();
        a.start(); // the first node makes the schema and the search index
        b.start();
    }

    /** The portal an operator outgrew: WildFly on its embedded database, with the samples and an import. */
    private void exportAnEmbeddedPortal(Path work) throws Exception {
        WildFlyProcess embedded = new WildFlyProcess(work, 500, Map.of());
        embedded.reset();
        try {
            embedded.start();
            HttpResponse<String> imported = api(embedded).postFiles("/api/import", Map.of("source", "Old Quay Times"),
                    Map.of("a.txt", article("Quay lamps relit", "2025-06-01 21:00:00"),
                            "b.txt", article("Quay lamps relit", "2025-06-02 21:00:00")));
            assertEquals(200, imported.statusCode(), imported.body());
            exported = Long.parseLong(new Http(embedded.baseUrl()).get("/api/articles?size=1").body()
                    .replaceAll("^\\{\"total\":(\\d+),.*", "$1"));
            HttpResponse<byte[]> zip = api(embedded).getBytes("/api/export");
            assertEquals(200, zip.statusCode());
            export = zip.body();
        } finally {
            embedded.stop();
        }
    }

    @AfterAll
    void stopThePortal() throws Exception {
        for (WildFlyProcess node : new WildFlyProcess[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    /** Moving house: the embedded portal's export restored through A, every article kept at its address. */
    @Test
    @Order(0)
    void theEmbeddedPortalMovesOntoPostgresqlAndOpenSearchWithoutLosingAnArticle() throws Exception {
        HttpResponse<String> restored = api(a).postBytes("/api/restore", "application/zip", export);
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(restored.body().contains("\"restored\":" + exported + ",\"duplicates\":0,\"rejectedCount\":0"), restored.body());
        assertEquals(exported, count("select count(*) from article"));
        Http onB = new Http(b.baseUrl());
        awaitTrue(Duration.ofSeconds(30), () -> onB.get("/api/articles?size=1").body().startsWith("{\"total\":" + exported + ","),
                "B lists and searches every moved article");
        assertTrue(onB.get("/api/articles?q=lamps").body().startsWith("{\"total\":2,"));
        assertEquals(200, onB.get("/articles/quay-lamps-relit-2").statusCode(), "slugs kept");
        assertEquals(200, onB.get("/sources/old-quay-times").statusCode());
    }

    @Test
    @Order(1)
    void bothNodesRunOnPostgresqlAndTheSearchCluster() {
        for (WildFlyProcess node : List.of(a, b)) {
            HttpResponse<String> page = new Http(node.baseUrl()).login("admin", Gazette.ADMIN_PASSWORD).get("/admin/system");
            assertTrue(page.body().contains("PostgreSQL"), page.body());
            assertTrue(page.body().contains("Elasticsearch/OpenSearch cluster at " + OpenSearchNode.shared().uri()), page.body());
            assertTrue(page.body().contains("outbox-polling"), page.body());
        }
    }

    @Test
    @Order(2)
    void anArticleImportedThroughOneNodeIsFoundThroughTheOther() {
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            WildFlyProcess writer = round % 2 == 0 ? a : b;
            WildFlyProcess reader = round % 2 == 0 ? b : a;
            String word = "kestrel" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            HttpResponse<String> answer = api(writer).postFiles("/api/import", Map.of("source", "Relay Post"),
                    Map.of("relay.txt", article("Relay " + round + " " + word, "2026-01-0" + (round % 9 + 1) + " 10:00:00")));
            assertEquals(200, answer.statusCode(), answer.body());
            Instant answered = Instant.now();

            Http readerHttp = new Http(reader.baseUrl());
            awaitTrue(Duration.ofSeconds(15), () -> readerHttp.get("/api/articles?q=" + word).body().startsWith("{\"total\":1,"),
                    "the article imported on " + writer.baseUrl() + " is found on " + reader.baseUrl());
            millis.add(Duration.between(answered, Instant.now()).toMillis());
        }
        Collections.sort(millis);
        System.out.println("Imported on one node, found on the other after (ms, sorted): " + millis);
    }

    /**
     * Node A is killed while uploads to it go on. Every upload it answered is in the database and, once the outbox
     * has drained (B takes over A's share when A's agent expires), found through B; B serves all along.
     */
    /** The admin's rebuild fills the cluster's index from the database again, with the other node coordinating. */
    @Test
    @Order(3)
    void theClusterIndexIsRebuiltFromTheDatabase() {
        Http admin = new Http(b.baseUrl()).login("admin", Gazette.ADMIN_PASSWORD);
        long articles = count("select count(*) from article");
        HttpResponse<String> asked = admin.postForm("/admin/search-index", Map.of("_csrf", Http.csrfOf(admin.get("/admin/search-index"))));
        assertEquals(303, asked.statusCode(), asked.body());

        awaitTrue(Duration.ofMinutes(2), () -> {
            String page = admin.get("/admin/search-index").body();
            return page.contains("Last rebuild finished") && page.contains(articles + " articles in the database, " + articles + " in the search index.");
        }, "the rebuild on B ends with every article of the database in the index");
        assertTrue(new Http(a.baseUrl()).get("/api/articles?size=1").body().startsWith("{\"total\":" + articles + ","));
    }

    /** Behind HAProxy with the configuration of docs/scale-out.md: readers on both nodes, an editor on one. */
    @Test
    @Order(4)
    void behindTheLoadBalancerReadersAreSpreadAndAnEditorStaysWithTheirSession() throws Exception {
        Installed.orSkip(LoadBalancer.installed(), "apt-get install haproxy");
        try (LoadBalancer proxy = LoadBalancer.start(work.resolve("haproxy"), "127.0.0.1:" + a.port(), "127.0.0.1:" + b.port())) {
            Set<String> nodes = new HashSet<>();
            for (int reader = 0; reader < 10; reader++) {
                HttpResponse<String> page = new Http(proxy.baseUrl()).get("/");
                assertEquals(200, page.statusCode());
                page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("GAZETTE_NODE="))
                        .forEach(cookie -> nodes.add(cookie.substring("GAZETTE_NODE=".length(), cookie.indexOf(';'))));
            }
            assertEquals(Set.of("a", "b"), nodes, "readers are served by both nodes");

            Http editor = new Http(proxy.baseUrl()).login("admin", Gazette.ADMIN_PASSWORD);
            for (int request = 0; request < 20; request++) {
                assertEquals(200, editor.get("/admin").statusCode(), "the session's node answers every request");
            }
        }
    }

    @Test
    @Order(5)
    void killingANodeMidImportLosesNoAnsweredArticleAndTheOtherGoesOn() throws Exception {
        String marker = "plover" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> answered = new CopyOnWriteArrayList<>();
        Thread uploads = new Thread(() -> {
            for (int upload = 0; upload < 1_000; upload++) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (int file = 0; file < 100; file++) {
                    files.put(upload + "-" + file + ".txt", article("Tern count " + upload + "-" + file + " " + marker,
                            "2026-02-01 10:00:00"));
                }
                try {
                    HttpResponse<String> answer = api(a).postFiles("/api/import", Map.of("source", "Shore Watch"), files);
                    if (answer.statusCode() == 200) {
                        Matcher slug = SLUG.matcher(answer.body());
                        while (slug.find()) {
                            answered.add(slug.group(1));
                        }
                    }
                } catch (RuntimeException killed) {
                    return; // the connection died with the node
                }
            }
        }, "uploads-to-a");
        uploads.start();
        awaitTrue(Duration.ofMinutes(2), () -> answered.size() >= 300, "three uploads answered by A");
        a.killHard();
        uploads.join(Duration.ofMinutes(1).toMillis());
        List<String> landed = List.copyOf(answered);

        Http onB = new Http(b.baseUrl());
        assertEquals(200, onB.get("/").statusCode(), "B serves while A is down");
        for (String slug : landed) {
            assertEquals(1, count("select count(*) from article where slug = '" + slug + "'"), slug + " was answered");
        }
        long stored = count("select count(*) from article where title like '%" + marker + "'");
        assertTrue(stored >= landed.size());
        Instant killed = Instant.now();
        awaitTrue(Duration.ofMillis(PULSE_EXPIRATION_MS * 4L), () -> count("select count(*) from hsearch_outbox_event") == 0,
                "the outbox drained after A's agent expired");
        awaitTrue(Duration.ofSeconds(30), () -> onB.get("/api/articles?size=1&q=" + marker).body().startsWith("{\"total\":" + stored + ","),
                "B finds every stored article of the uploads (" + stored + ")");
        System.out.println("Killed A with " + landed.size() + " articles answered, " + stored + " stored; B found them all "
                + Duration.between(killed, Instant.now()).toMillis() + " ms later");
        assertEquals(200, onB.get("/articles/" + landed.get(landed.size() - 1)).statusCode());
    }

    private static Http api(WildFlyProcess node) {
        return new Http(node.baseUrl()).basic("admin", Gazette.ADMIN_PASSWORD);
    }

    private long count(String sql) {
        try (Connection connection = DriverManager.getConnection(database, PostgresServer.USER, "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] article(String title, String when) {
        return (title + "\n\n" + when + "\n\nAbstract: Seen from the shore.\n\nThe birds came back at dawn.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // a node still starting, a connection refused: try again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not within " + timeout + ": " + what);
    }
}
