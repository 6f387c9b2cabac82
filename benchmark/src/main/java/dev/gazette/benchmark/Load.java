package dev.gazette.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's pages under load, on WildFly and on Payara, each with the same synthetic articles: requests per second
 * and p50/p99 of the home page, articles, a source, searches, a feed and a 304, each as a ratio to the same server's
 * static file in the same run (wrk, 16 connections, on the same cores). With {@code --soak=true}, then ten minutes
 * of 64 connections on a mix of pages and searches: errors, timeouts, p99 per minute, resident memory.
 */
public final class Load {

    private static final long SEED = 20261201L;
    private static final String PASSWORD = "benchmark";
    private static final int CONNECTIONS = 16;

    private Load() {
    }

    private record Page(String label, List<String> paths, List<String> headers) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        Wrk.requireInstalled();
        int articles = Integer.parseInt(options.getOrDefault("articles", "100000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "8"));
        boolean soak = Boolean.parseBoolean(options.getOrDefault("soak", "false"));
        int soakMinutes = Integer.parseInt(options.getOrDefault("soak-minutes", "10"));
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        Path work = Path.of(options.get("work")).resolve("load");
        Path ear = Path.of(options.get("ear"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf("Gazette load: %,d articles, wrk -t2 -c%d -d%ds per page, %d cores%n", articles, CONNECTIONS,
                seconds, Runtime.getRuntime().availableProcessors());
        for (String name : options.getOrDefault("servers", "wildfly,payara").split(",")) {
            if (name.equals("wildfly")) {
                try (Server server = new Server(Path.of(options.get("wildfly")), ear, work.resolve("wildfly"), PASSWORD, "", reuse, "")) {
                    server.start();
                    measure("WildFly", http, server.baseUrl(), server::jvm, articles, seconds, soak, soakMinutes, work);
                }
            } else if (name.equals("payara")) {
                try (PayaraServer server = new PayaraServer(Path.of(options.get("payara")), ear, work.resolve("payara"), PASSWORD)) {
                    server.start(reuse);
                    measure("Payara", http, server.baseUrl(), server::jvm, articles, seconds, soak, soakMinutes, work);
                }
            }
        }
    }

    private static void measure(String server, HttpClient http, String base, java.util.function.Supplier<ProcessHandle> jvm,
                                int articles, int seconds, boolean soak, int soakMinutes, Path work) throws Exception {
        Files.createDirectories(work);
        long already = new Searches(http, base, Corpus.Vocabulary.REALISTIC, SEED).total();
        if (already != articles) {
            if (already > 0) {
                throw new IllegalStateException(server + " holds " + already + " articles, not " + articles + ": run without --reuse");
            }
            Importer.Timing timing = new Importer(http, base, PASSWORD, 2000)
                    .importAll(new Corpus(SEED, Corpus.Vocabulary.REALISTIC), articles, () -> List.of(jvm.get()));
            System.out.printf("%s: imported %s%n", server, timing.describe());
        }
        Map<String, Page> pages = pages(http, base);
        System.out.printf("%n%s, %,d articles, resident %s MB before%n", server, articles, Server.residentMegabytes(jvm.get()));
        // Warm-up: every page as long as it is measured, twice (Payara's static file ran at 1,500 requests/s after
        // one short round and at 3,650 at the end of the run: its compiler was still at work).
        for (int round = 0; round < 2; round++) {
            for (Page page : pages.values()) {
                Wrk.run(base, page.paths(), page.headers(), CONNECTIONS, seconds, work);
            }
        }
        Map<String, Wrk.Result> results = new LinkedHashMap<>();
        for (Page page : pages.values()) {
            results.put(page.label(), Wrk.run(base, page.paths(), page.headers(), CONNECTIONS, seconds, work));
        }
        // The static file again at the end: the machine's pace drifts within a run, the baseline is the mean of both.
        Page file = pages.get("static");
        results.put("static file, again", Wrk.run(base, file.paths(), file.headers(), CONNECTIONS, seconds, work));
        double baseline = (results.get("static file").requestsPerSecond()
                + results.get("static file, again").requestsPerSecond()) / 2;
        System.out.printf("baseline: the static file's mean, %,.0f requests/s%n", baseline);
        System.out.println("| page | requests/s | ratio to the static file | p50 ms | p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|");
        results.forEach((label, r) -> System.out.printf("| %s | %,.0f | %.0f %% | %.1f | %.1f | %d |%n",
                label, r.requestsPerSecond(), 100 * r.requestsPerSecond() / baseline, r.p50(), r.p99(), r.errors() + r.timeouts()));
        System.out.printf("%s resident %s MB after%n", server, Server.residentMegabytes(jvm.get()));
        if (soak) {
            soak(server, base, pages, jvm, soakMinutes, work);
        }
    }

    /** The addresses of each page measured: one article, a few hundred, searches kept and searches new. */
    private static Map<String, Page> pages(HttpClient http, String base) throws Exception {
        String home = get(http, base + "/");
        Matcher stylesheet = Pattern.compile("href=\"(/static/gazette\\.[0-9a-f]+\\.css)\"").matcher(home);
        if (!stylesheet.find()) {
            throw new IllegalStateException("No stylesheet on the home page");
        }
        List<String> articles = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Matcher slug = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(get(http, base + "/api/articles?size=100&page=" + page * 7));
            while (slug.find()) {
                articles.add("/articles/" + slug.group(1));
            }
        }
        Matcher source = Pattern.compile("\"slug\":\"([^\"]+)\"").matcher(get(http, base + "/api/sources?size=1"));
        if (articles.isEmpty() || !source.find()) {
            throw new IllegalStateException("No articles or sources to load");
        }
        Corpus corpus = new Corpus(SEED + 3, Corpus.Vocabulary.REALISTIC);
        List<String> searches = new ArrayList<>();
        List<String> newSearches = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            searches.add("/search?q=" + URLEncoder.encode(corpus.query(), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 20_000; i++) {
            // An address never asked before (an unknown parameter is ignored, but makes the page a new one).
            newSearches.add(searches.get(i % searches.size()) + "&n=" + i);
        }
        HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(base + articles.get(0))).build(),
                HttpResponse.BodyHandlers.ofString());
        String tag = article.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("No ETag"));
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("static", new Page("static file", List.of(stylesheet.group(1)), List.of()));
        pages.put("home", new Page("home page", List.of("/"), List.of()));
        pages.put("article", new Page("an article", List.of(articles.get(0)), List.of()));
        pages.put("articles", new Page(articles.size() + " articles in turn", articles, List.of()));
        pages.put("source", new Page("a source", List.of("/sources/" + source.group(1)), List.of()));
        pages.put("search", new Page("200 searches in turn", searches, List.of()));
        pages.put("new search", new Page("a new search each time", newSearches, List.of()));
        pages.put("feed", new Page("the latest feed", List.of("/feeds/latest.atom"), List.of()));
        pages.put("304", new Page("an article, 304", List.of(articles.get(0)), List.of("If-None-Match: " + tag)));
        return pages;
    }

    private static void soak(String server, String base, Map<String, Page> pages, java.util.function.Supplier<ProcessHandle> jvm,
                             int minutes, Path work) throws Exception {
        List<String> mixed = new ArrayList<>();
        List<String> articles = pages.get("articles").paths();
        List<String> fresh = pages.get("new search").paths();
        for (int i = 0; i < 6_000; i++) {
            mixed.add(switch (i % 6) {
                case 0 -> "/";
                case 1, 2 -> articles.get(i % articles.size());
                case 3 -> pages.get("search").paths().get(i % 200);
                case 4 -> fresh.get(i % fresh.size()) + "&soak";
                default -> i % 12 == 5 ? pages.get("source").paths().get(0) : "/feeds/latest.atom";
            });
        }
        System.out.printf("%n%s soak: %d minutes, 64 connections, mixed pages and searches; resident %s MB at start%n",
                server, minutes, Server.residentMegabytes(jvm.get()));
        long errors = 0;
        long timeouts = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            Wrk.Result r = Wrk.run(base, mixed, List.of(), 64, 60, work);
            errors += r.errors();
            timeouts += r.timeouts();
            System.out.printf("  minute %2d: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d, timeouts %d, resident %s MB%n",
                    minute, r.requestsPerSecond(), r.p50(), r.p99(), r.errors(), r.timeouts(), Server.residentMegabytes(jvm.get()));
        }
        System.out.printf("%s soak: %d errors, %d timeouts; resident %s MB at the end%n", server, errors, timeouts,
                Server.residentMegabytes(jvm.get()));
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
