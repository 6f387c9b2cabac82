package dev.gazette.benchmark;

import dev.gazette.persistence.testing.OpenSearchNode;
import dev.gazette.persistence.testing.PostgresServer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gazette against the engines a user would pick instead, on the same synthetic articles and query mix, in one run:
 * (a) Gazette embedded (H2 + Lucene), with its frequent-word cache on and off; (b) Gazette on PostgreSQL and an
 * OpenSearch node; (c) PostgreSQL full-text search as Miniflux does it; (d) SQL LIKE as FreshRSS and WordPress do.
 * Import rates and search percentiles, as ratios to (a). The databases and the search node are the run's own.
 */
public final class Benchmark {

    private static final long SEED = 20261126L;
    private static final String PASSWORD = "benchmark";

    /** One setup's figures, for the table at the end. */
    private record Row(String setup, String importRate, double importPerSecond, Stats search) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int articles = Integer.parseInt(options.get("articles"));
        int queries = Integer.parseInt(options.get("queries"));
        int likeQueries = Integer.parseInt(options.get("like-queries"));
        Path work = Path.of(options.get("work"));
        Corpus.Vocabulary vocabulary = Corpus.Vocabulary.valueOf(options.getOrDefault("vocabulary", "realistic").toUpperCase(Locale.ROOT));
        int batch = Integer.parseInt(options.getOrDefault("batch", "2000"));
        Set<String> setups = Set.of(options.getOrDefault("setups", "embedded,cluster,postgres,like").split(","));
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        Path wildfly = Path.of(options.get("wildfly"));
        Path ear = Path.of(options.get("ear"));
        String serverOptions = options.getOrDefault("server-options", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Row> rows = new ArrayList<>();

        System.out.printf("Gazette benchmark: %,d articles, %s vocabulary, %d cores, %s; setups %s%n", articles,
                vocabulary.name().toLowerCase(Locale.ROOT), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), setups);
        if (setups.contains("embedded")) {
            Path embedded = work.resolve("embedded");
            try (Server server = new Server(wildfly, ear, embedded, PASSWORD, options.getOrDefault("jfr", ""), reuse, serverOptions)) {
                server.start();
                Importer.Timing timing = importOrReuse(http, server, articles, batch, vocabulary);
                Searches searches = new Searches(http, server.baseUrl(), vocabulary, SEED);
                Stats stats = searches.latency("(a) Gazette embedded, search (top 20, total, source and month facets, snippets)", queries);
                System.out.printf("  throughput, 2 clients for 10 s: %,.0f queries/s; server JVM -Xmx1g, resident %s MB%n",
                        searches.throughput(), server.residentMegabytes());
                rows.add(new Row("(a) Gazette, embedded H2 + Lucene", timing == null ? "kept" : String.format("%,.0f/s", timing.articles() / timing.untilIdleSeconds()),
                        timing == null ? 0 : timing.articles() / timing.untilIdleSeconds(), stats));
            }
            try (Server server = new Server(wildfly, ear, embedded, PASSWORD, "", true, serverOptions + " -Dgazette.search.query-cache=false")) {
                server.start();
                Stats stats = new Searches(http, server.baseUrl(), vocabulary, SEED)
                        .latency("(a') the same, frequent-word cache off", queries);
                rows.add(new Row("(a') the same, frequent-word cache off", "", 0, stats));
            }
        }
        if (setups.contains("cluster") || setups.contains("postgres")) {
            PostgresServer postgres = PostgresServer.start(work.resolve("postgres"));
            try {
                if (setups.contains("cluster")) {
                    rows.add(cluster(http, postgres, work, wildfly, ear, serverOptions, articles, batch, vocabulary, queries));
                }
                if (setups.contains("postgres")) {
                    PostgresFullText fullText = new PostgresFullText(postgres.newDatabase("fulltext"), PostgresServer.USER);
                    double rate = fullText.load(new Corpus(SEED, vocabulary), articles);
                    System.out.printf("(c) PostgreSQL full-text: COPY and GIN index at %,.0f articles/s%n", rate);
                    Stats stats = fullText.latency(vocabulary, SEED, queries);
                    System.out.println("(c) PostgreSQL full-text search (count, top 20 by ts_rank with ts_headline, source and month counts): "
                            + stats.describe());
                    rows.add(new Row("(c) PostgreSQL full-text (Miniflux)", String.format("%,.0f/s", rate), rate, stats));
                }
            } finally {
                postgres.stop();
            }
        }
        if (setups.contains("like") && likeQueries > 0) {
            Stats like = LikeBaseline.measure(work, articles, likeQueries, vocabulary, SEED);
            System.out.println("(d) SQL LIKE on H2 (count + top 20 newest, every word in title, abstract or body): " + like.describe());
            rows.add(new Row("(d) SQL LIKE on H2 (FreshRSS, WordPress)", "", 0, like));
        }
        table(articles, rows);
    }

    private static Row cluster(HttpClient http, PostgresServer postgres, Path work, Path wildfly, Path ear, String serverOptions,
                               int articles, int batch, Corpus.Vocabulary vocabulary, int queries) throws Exception {
        OpenSearchNode search = OpenSearchNode.start(work.resolve("opensearch"));
        try (Server server = new Server(wildfly, ear, work.resolve("cluster"), PASSWORD, "", false, serverOptions
                + " -Dgazette.db.url=" + postgres.newDatabase("gazette") + " -Dgazette.db.user=" + PostgresServer.USER
                + " -Dhibernate.search.backend.type=elasticsearch -Dhibernate.search.backend.uris=" + search.uri())) {
            server.start();
            Importer.Timing timing = new Importer(http, server.baseUrl(), PASSWORD, batch).importAll(
                    new Corpus(SEED, vocabulary), articles, () -> List.of(server.jvm(), search.process()));
            System.out.println("(b) Gazette on PostgreSQL + OpenSearch, import: " + timing.describe());
            Searches searches = new Searches(http, server.baseUrl(), vocabulary, SEED);
            Stats stats = searches.latency("(b) Gazette on PostgreSQL + OpenSearch, search", queries);
            System.out.printf("  throughput, 2 clients for 10 s: %,.0f queries/s%n", searches.throughput());
            return new Row("(b) Gazette, PostgreSQL + OpenSearch", String.format("%,.0f/s", timing.articles() / timing.untilIdleSeconds()),
                    timing.articles() / timing.untilIdleSeconds(), stats);
        } finally {
            search.stop();
        }
    }

    /** The import, or none if the kept data directory (reuse) holds the corpus already. */
    private static Importer.Timing importOrReuse(HttpClient http, Server server, int articles, int batch,
                                                 Corpus.Vocabulary vocabulary) throws Exception {
        long already = new Searches(http, server.baseUrl(), vocabulary, SEED).total();
        if (already == articles) {
            System.out.printf("(a) import: skipped, the kept data directory holds the %,d articles already%n", articles);
            return null;
        }
        if (already > 0) {
            throw new IllegalStateException("The kept data directory holds " + already + " articles, not " + articles);
        }
        Importer.Timing timing = new Importer(http, server.baseUrl(), PASSWORD, batch)
                .importAll(new Corpus(SEED, vocabulary), articles, () -> List.of(server.jvm()));
        System.out.printf("(a) Gazette embedded, import in uploads of %d files: %s%n", batch, timing.describe());
        return timing;
    }

    private static void table(int articles, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Row first = rows.get(0);
        System.out.printf("%nSide by side at %,d articles (ratios to the first row; search in ms)%n", articles);
        System.out.printf("%-42s %10s %7s %8s %8s %8s %8s %8s%n", "setup", "import", "ratio", "p50", "p95", "p99", "p50 x", "p99 x");
        for (Row row : rows) {
            System.out.printf("%-42s %10s %7s %8.1f %8.1f %8.1f %8.2f %8.2f%n", row.setup(), row.importRate(),
                    row.importPerSecond() > 0 && first.importPerSecond() > 0 ? String.format("%.2f", row.importPerSecond() / first.importPerSecond()) : "",
                    row.search().percentile(50), row.search().percentile(95), row.search().percentile(99),
                    row.search().percentile(50) / first.search().percentile(50), row.search().percentile(99) / first.search().percentile(99));
        }
    }

    /** The command line's {@code --name=value} arguments, by name. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
