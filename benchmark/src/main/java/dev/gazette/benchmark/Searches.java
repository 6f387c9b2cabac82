package dev.gazette.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Search through Gazette's API, as a reader's page asks it: 1-3 words, the top 20, the total, the source and month
 * facets, highlighted snippets. The same warm-up and measured queries for every setup of a run.
 */
final class Searches {

    private final HttpClient http;
    private final String base;
    private final Corpus.Vocabulary vocabulary;
    private final long seed;

    Searches(HttpClient http, String base, Corpus.Vocabulary vocabulary, long seed) {
        this.http = http;
        this.base = base;
        this.vocabulary = vocabulary;
        this.seed = seed;
    }

    long total() throws Exception {
        String answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?size=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\\{\"total\":(\\d+)").matcher(answer);
        if (!total.lookingAt()) {
            throw new IllegalStateException("Unexpected answer: " + answer);
        }
        return Long.parseLong(total.group(1));
    }

    /** Latency of {@code queries} searches after a warm-up, with the quarters and the slowest printed. */
    Stats latency(String label, int queries) throws Exception {
        // Warm-up: the JIT compiles the hot loops and the index pages come into memory (200 queries left the first
        // quarter of the measured ones a third slower than the rest). It shares its frequent words with the mix.
        Corpus warmUp = new Corpus(seed + 1, vocabulary);
        for (int i = 0; i < 1000; i++) {
            search(warmUp.query());
        }
        Corpus measured = new Corpus(seed + 2, vocabulary);
        double[] millis = new double[queries];
        String[] asked = new String[queries];
        for (int i = 0; i < queries; i++) {
            asked[i] = measured.query();
            long started = System.nanoTime();
            search(asked[i]);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Stats stats = new Stats(millis);
        System.out.println(label + ": " + stats.describe());
        // A drift between the quarters would mean the server slows down as it runs (memory, caches), not noise.
        StringBuilder quarters = new StringBuilder("  p50 by quarter of the run:");
        for (int q = 0; q < 4; q++) {
            quarters.append(String.format(" %.1f", new Stats(Arrays.copyOfRange(millis, q * queries / 4, (q + 1) * queries / 4)).percentile(50)));
        }
        System.out.println(quarters + " ms");
        // The tail: which queries make the p99 (a slow kind of query, or the same query fast and slow: pauses).
        StringBuilder slowest = new StringBuilder("  slowest:");
        IntStream.range(0, queries).boxed().sorted((a, b) -> Double.compare(millis[b], millis[a]))
                .limit(5).forEach(i -> slowest.append(String.format(" \"%s\" %.1f ms;", asked[i], millis[i])));
        System.out.println(slowest);
        return stats;
    }

    /** Queries per second with two clients for ten seconds. */
    double throughput() throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Corpus corpus = new Corpus(seed + 10 + c, vocabulary);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        search(corpus.query());
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

    private void search(String query) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Search failed: " + answer.statusCode());
        }
    }
}
