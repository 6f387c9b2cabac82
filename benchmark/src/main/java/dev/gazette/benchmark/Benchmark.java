package dev.gazette.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gazette's search against the way FreshRSS and WordPress search (SQL LIKE), on the same synthetic articles:
 * import rate through the API, search latency percentiles and throughput over HTTP with facets and highlights,
 * and the LIKE baseline on an H2 database of the same rows.
 */
public final class Benchmark {

    private static final long SEED = 20261126L;
    private static final String PASSWORD = "benchmark";
    /**
     * Files per upload; set once from the command line. An upload is answered when its articles are searchable, so
     * each upload ends with a Lucene segment of its own: an archive imported in uploads of 2,000 files (about 9 MB)
     * makes Lucene write and merge fewer, larger segments than one in uploads of 500.
     */
    private static int batchSize = 2000;
    /** Which words the articles and queries are made of (see Corpus); set once from the command line. */
    private static Corpus.Vocabulary vocabulary = Corpus.Vocabulary.REALISTIC;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int articles = Integer.parseInt(options.get("articles"));
        int queries = Integer.parseInt(options.get("queries"));
        int likeQueries = Integer.parseInt(options.get("like-queries"));
        Path work = Path.of(options.get("work"));
        vocabulary = Corpus.Vocabulary.valueOf(options.getOrDefault("vocabulary", "realistic").toUpperCase(Locale.ROOT));
        batchSize = Integer.parseInt(options.getOrDefault("batch", "2000"));

        System.out.printf("Gazette benchmark: %,d articles, %s vocabulary, %d cores, %s%n", articles,
                vocabulary.name().toLowerCase(Locale.ROOT), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"));
        try (Server server = new Server(Path.of(options.get("wildfly")), Path.of(options.get("ear")), work, PASSWORD,
                options.getOrDefault("jfr", ""), Boolean.parseBoolean(options.getOrDefault("reuse", "false")),
                options.getOrDefault("server-options", ""))) {
            server.start();
            String base = server.baseUrl();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            long already = total(http, base);
            if (already == articles) {
                System.out.printf("Import: skipped, the kept data directory holds the %,d articles already%n", articles);
            } else if (already > 0) {
                throw new IllegalStateException("The kept data directory holds " + already + " articles, not " + articles);
            } else {
                int uploaders = Integer.parseInt(options.getOrDefault("uploaders", "1"));
                double importSeconds = importArticles(http, base, articles, uploaders);
                System.out.printf("Import: %,d articles in %.1f s = %,.0f articles/s (uploads of %d files: HTTP, parsing, H2, Lucene; %s)%n",
                        articles, importSeconds, articles / importSeconds, batchSize, uploaders == 1
                                ? "one at a time, server time only" : uploaders + " in flight, wall clock with file generation");
            }

            Corpus mix = new Corpus(SEED + 1, vocabulary);
            // Warm-up: the JIT compiles the hot loops and the index pages come into memory (200 queries left the
            // first quarter of the measured ones a third slower than the rest).
            for (int i = 0; i < 1000; i++) {
                search(http, base, mix.query());
            }
            Corpus measured = new Corpus(SEED + 2, vocabulary);
            double[] millis = new double[queries];
            String[] asked = new String[queries];
            for (int i = 0; i < queries; i++) {
                asked[i] = measured.query();
                long started = System.nanoTime();
                search(http, base, asked[i]);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Stats gazette = new Stats(millis);
            System.out.println("Gazette search (1-3 words, top 20, total, source and month facets, highlighted snippets): "
                    + gazette.describe());
            // A drift between the quarters would mean the server slows down as it runs (memory, caches), not noise.
            StringBuilder quarters = new StringBuilder("  p50 by quarter of the run:");
            for (int q = 0; q < 4; q++) {
                quarters.append(String.format(" %.1f", new Stats(Arrays.copyOfRange(millis, q * queries / 4, (q + 1) * queries / 4)).percentile(50)));
            }
            System.out.println(quarters + " ms");
            // The tail: which queries make the p99 (a slow kind of query, or the same query fast and slow: pauses).
            StringBuilder slowest = new StringBuilder("  slowest:");
            java.util.stream.IntStream.range(0, queries).boxed().sorted((a, b) -> Double.compare(millis[b], millis[a]))
                    .limit(5).forEach(i -> slowest.append(String.format(" \"%s\" %.1f ms;", asked[i], millis[i])));
            System.out.println(slowest);
            System.out.printf("Gazette throughput, 2 clients for 10 s: %,.0f queries/s%n", throughput(http, base));
            System.out.printf("Server JVM: -Xmx1g, resident memory %s MB%n", server.residentMegabytes());

            if (likeQueries == 0) {
                return;
            }
            Stats like = likeBaseline(work, articles, likeQueries);
            System.out.println("SQL LIKE on H2 (count + top 20 newest, every word in title, abstract or body): " + like.describe());
            System.out.printf("Gazette is %,.0fx faster than LIKE at p50%n", like.percentile(50) / gazette.percentile(50));
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

    private static double importArticles(HttpClient http, String base, int articles, int uploaders) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (uploaders > 1) {
            // Several uploads in flight: the wall-clock time of the whole import, file generation on these same
            // cores included (so a lower bound of what the server does).
            // One corpus, read in order under a lock: the same articles as one uploader imports (the LIKE baseline
            // generates them again in that order).
            Corpus shared = new Corpus(SEED, vocabulary);
            int[] next = {0};
            long started = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int u = 0; u < uploaders; u++) {
                Thread uploader = new Thread(() -> {
                    try {
                        while (true) {
                            Upload batch;
                            synchronized (shared) {
                                if (next[0] >= articles) {
                                    break;
                                }
                                batch = batch(shared, next[0], articles);
                                next[0] += batchSize;
                            }
                            send(http, base, auth, batch);
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                });
                uploader.start();
                threads.add(uploader);
            }
            for (Thread uploader : threads) {
                uploader.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return (System.nanoTime() - started) / 1e9;
        }
        Corpus corpus = new Corpus(SEED, vocabulary);
        // Only the time the server takes counts: generating the files here is the benchmark's own work.
        long serverNanos = 0;
        for (int from = 0; from < articles; from += batchSize) {
            serverNanos += send(http, base, auth, batch(corpus, from, articles));
            int done = Math.min(articles, from + batchSize);
            if (done / 100_000 > (done - batchSize) / 100_000) {
                // The rate as the index grows (a long import can be stopped with a figure in hand).
                System.out.printf("  %,d imported, %,.0f articles/s so far%n", done, done / (serverNanos / 1e9));
            }
        }
        return serverNanos / 1e9;
    }

    /** One multipart upload of the next articles. */
    private record Upload(int from, String boundary, byte[] body) {
    }

    private static Upload batch(Corpus corpus, int from, int articles) {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String source = Corpus.SOURCES[(from / batchSize) % Corpus.SOURCES.length];
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int n = from; n < Math.min(articles, from + batchSize); n++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a" + n
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(corpus.article(n).file());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Upload(from, boundary, body.toByteArray());
    }

    /** Sends one upload and returns the nanoseconds the server took to answer it. */
    private static long send(HttpClient http, String base, String auth, Upload upload) throws Exception {
        int from = upload.from();
        long sent = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/import"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + upload.boundary())
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - sent;
        if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("Import failed: " + answer.statusCode() + " " + answer.body().substring(0, 300));
        }
        if ((from / batchSize) % 20 == 0) {
            System.out.printf("  uploaded from %,d%n", from);
        }
        return took;
    }

    private static long total(HttpClient http, String base) throws Exception {
        String answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?size=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\\{\"total\":(\\d+)").matcher(answer);
        if (!total.lookingAt()) {
            throw new IllegalStateException("Unexpected answer: " + answer);
        }
        return Long.parseLong(total.group(1));
    }

    private static void search(HttpClient http, String base, String query) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Search failed: " + answer.statusCode());
        }
    }

    private static double throughput(HttpClient http, String base) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Corpus corpus = new Corpus(SEED + 10 + c, vocabulary);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        search(http, base, corpus.query());
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        return done.get() / 10.0;
    }

    /** The same articles in an H2 table, searched as FreshRSS and WordPress search: LIKE '%word%' per word. */
    private static Stats likeBaseline(Path work, int articles, int queries) throws Exception {
        Path folder = Files.createDirectories(work.resolve("like"));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("like") + ";WRITE_DELAY=0", "sa", "")) {
            db.createStatement().execute("drop table if exists article");
            db.createStatement().execute("create table article (id int primary key, source varchar(100), title varchar(300),"
                    + " summary varchar(4000), body varchar(1000000), published_at timestamp)");
            Corpus corpus = new Corpus(SEED, vocabulary);
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into article values (?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < articles; n++) {
                    Corpus.Article article = corpus.article(n);
                    insert.setInt(1, n);
                    insert.setString(2, article.source());
                    insert.setString(3, article.title());
                    insert.setString(4, article.summary());
                    insert.setString(5, String.join("\n\n", article.paragraphs()));
                    insert.setObject(6, article.publishedAt());
                    insert.addBatch();
                    if (n % 1000 == 999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            System.out.printf("H2 insert for the LIKE baseline: %,.0f rows/s%n", articles / ((System.nanoTime() - started) / 1e9));
            Corpus measured = new Corpus(SEED + 2, vocabulary);
            double[] millis = new double[queries];
            for (int i = 0; i < queries; i++) {
                String[] words = measured.query().split(" ");
                StringBuilder where = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    where.append(w == 0 ? "" : " and ").append("(lower(title) like ? or lower(summary) like ? or lower(body) like ?)");
                }
                long queryStarted = System.nanoTime();
                for (String sql : new String[] {"select count(*) from article where " + where,
                        "select id, title from article where " + where + " order by published_at desc limit 20"}) {
                    try (PreparedStatement statement = db.prepareStatement(sql)) {
                        for (int w = 0; w < words.length; w++) {
                            for (int c = 1; c <= 3; c++) {
                                statement.setString(w * 3 + c, "%" + words[w] + "%");
                            }
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                millis[i] = (System.nanoTime() - queryStarted) / 1e6;
            }
            return new Stats(millis);
        }
    }
}
