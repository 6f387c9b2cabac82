package dev.gazette.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports the corpus through Gazette's API in uploads of {@code batchSize} files, one at a time, and times it two
 * ways: the server's time (the uploads' round trips added up; making the files is the benchmark's own work), and the
 * wall clock from the first upload until the server, and the search cluster behind it, have finished merging.
 */
final class Importer {

    /** Both timings of one import, in seconds. */
    record Timing(int articles, double serverSeconds, double untilIdleSeconds) {

        String describe() {
            return String.format("%,.0f articles/s until idle (%.1f s), %,.0f articles/s in the uploads' round trips (%.1f s)",
                    articles / untilIdleSeconds, untilIdleSeconds, articles / serverSeconds, serverSeconds);
        }
    }

    private final HttpClient http;
    private final String base;
    private final String auth;
    private final int batchSize;

    Importer(HttpClient http, String base, String password, int batchSize) {
        this.http = http;
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.batchSize = batchSize;
    }

    Timing importAll(Corpus corpus, int articles, Supplier<List<ProcessHandle>> workers) throws Exception {
        long serverNanos = 0;
        Instant first = Instant.now();
        for (int from = 0; from < articles; from += batchSize) {
            serverNanos += send(from, batch(corpus, from, articles));
            int done = Math.min(articles, from + batchSize);
            if (done / 100_000 > (done - batchSize) / 100_000) {
                // The rate as the index grows (a long import can be stopped with a figure in hand).
                System.out.printf("  %,d imported, %,.0f articles/s so far%n", done, done / (serverNanos / 1e9));
            }
        }
        Instant idle = Idle.await(workers.get());
        return new Timing(articles, serverNanos / 1e9, Duration.between(first, idle).toMillis() / 1000.0);
    }

    /** One multipart upload of the next articles: boundary and body. */
    private record Upload(String boundary, byte[] body) {
    }

    private Upload batch(Corpus corpus, int from, int articles) {
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
        return new Upload(boundary, body.toByteArray());
    }

    /** Sends one upload and returns the nanoseconds the server took to answer it. */
    private long send(int from, Upload upload) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/import"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + upload.boundary())
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - sent;
        if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("Import failed: " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        if ((from / batchSize) % 20 == 0) {
            System.out.printf("  uploaded from %,d%n", from);
        }
        return took;
    }
}
