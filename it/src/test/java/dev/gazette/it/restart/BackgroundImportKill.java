package dev.gazette.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Gazette;
import dev.gazette.it.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A background import of 10,000 articles killed with {@code kill -9} in the middle: after the restart, the job
 * says interrupted, every article it counted as imported is there and found, and starting it again completes it.
 */
final class BackgroundImportKill {

    static final int ARTICLES = 10_000;
    private static final String SOURCE = "Night Shift Desk";

    private final ServerProcess server;

    BackgroundImportKill(ServerProcess server) {
        this.server = server;
    }

    private Http client() {
        return new Http(server.baseUrl()).basic("admin", Gazette.ADMIN_PASSWORD);
    }

    static byte[] csv() {
        StringBuilder csv = new StringBuilder("source,title,published_at,abstract,body\n");
        for (int i = 0; i < ARTICLES; i++) {
            csv.append(SOURCE).append(",Night shift report ").append(i).append(",2025-06-01T")
                    .append(String.format("%02d:%02d", (i / 60) % 24, i % 60)).append(":00Z,Report ").append(i)
                    .append(" in brief.,\"Paragraph one of report ").append(i).append(".\n\nParagraph two.\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    void run() throws Exception {
        HttpResponse<String> started = client().postFiles("/api/imports", Map.of(), Map.of("night.csv", csv()));
        assertEquals(202, started.statusCode(), started.body());
        String job = started.headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/api/imports/"));

        String running = await(job, body -> number(body, "processed") >= 500, Duration.ofMinutes(3));
        assertTrue(number(running, "processed") < ARTICLES, "killed in the middle, not after: " + running);
        server.killHard();
        server.start();

        String interrupted = client().get(job).body();
        assertTrue(interrupted.contains("\"state\":\"interrupted\""), interrupted);
        int landed = number(interrupted, "accepted");
        assertTrue(landed > 0 && landed < ARTICLES, interrupted);
        assertEquals(landed, total("/api/articles?size=1&source=night-shift-desk", Duration.ofMinutes(3), landed),
                "every article counted as imported is stored and found (the index repaired at start)");

        assertEquals(202, client().postFiles(job + "/resume", Map.of(), Map.of()).statusCode());
        String done = await(job, body -> body.contains("\"state\":\"done\""), Duration.ofMinutes(5));
        assertEquals(ARTICLES, number(done, "accepted"), "the rest imported, nothing twice: " + done);
        assertEquals(ARTICLES, total("/api/articles?size=1&source=night-shift-desk", Duration.ofMinutes(1), ARTICLES));
        String report = client().get(job + "/report.csv").body();
        assertEquals(ARTICLES + 1, report.lines().count(), "one line per item, and the header");
    }

    private String await(String job, Predicate<String> reached, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        String body = "";
        while (Instant.now().isBefore(until)) {
            body = client().get(job).body();
            if (reached.test(body)) {
                return body;
            }
            if (body.contains("\"state\":\"failed\"")) {
                throw new AssertionError("The import failed: " + body);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not reached in " + patience + ": " + body);
    }

    /** The search's total, once it reaches {@code expected} or the patience ends. */
    private int total(String search, Duration patience, int expected) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        int total = -1;
        while (Instant.now().isBefore(until)) {
            total = number(new Http(server.baseUrl()).get(search).body(), "total");
            if (total == expected) {
                return total;
            }
            Thread.sleep(500);
        }
        return total;
    }

    private static int number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
