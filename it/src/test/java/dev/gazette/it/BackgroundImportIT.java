package dev.gazette.it;

import static dev.gazette.it.Uploads.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Large imports in the background: through the API (202, state, report.csv) and through the form (progress page). */
class BackgroundImportIT extends GazetteIT {

    private static byte[] csv(String source, int rows, String run) {
        StringBuilder csv = new StringBuilder("source,title,published_at,abstract,body\n");
        for (int i = 0; i < rows; i++) {
            csv.append(source).append(",Background story ").append(i).append(' ').append(run)
                    .append(",2025-07-01T10:00:00Z,Brief ").append(i).append(".,Body ").append(i).append(".\n");
        }
        csv.append(source).append(",,2025-07-01T10:00:00Z,No title,Body\n");
        return utf8(csv.toString());
    }

    private static String await(Http client, String job, String state) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        String body = "";
        while (Instant.now().isBefore(until)) {
            body = client.get(job).body();
            if (body.contains("\"state\":\"" + state + "\"")) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not " + state + " in time: " + body);
    }

    @Test
    void theApiAnswers202AndTheJobSaysWhereItStandsAndWhatBecameOfEachItem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "Background Desk " + run;
        Http editor = Gazette.client(url).basic(Accounts.create(http, "editor"), Accounts.PASSWORD);

        HttpResponse<String> started = editor.postFiles("/api/imports", Map.of(), Map.of("big.csv", csv(source, 300, run)));
        assertEquals(202, started.statusCode(), started.body());
        String job = started.headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/api/imports/"));
        assertTrue(started.body().contains("\"state\":\"queued\"") || started.body().contains("\"state\":\"running\""));

        String done = await(editor, job, "done");
        assertTrue(done.contains("\"total\":301") && done.contains("\"processed\":301") && done.contains("\"accepted\":300")
                && done.contains("\"rejected\":1"), done);
        assertTrue(done.contains("\"startedAt\":\"") && done.contains("\"finishedAt\":\""), done);
        String report = editor.get(job + "/report.csv").body();
        assertTrue(report.startsWith("item,status,slug,reason"), report.substring(0, 40));
        assertTrue(report.contains("big.csv#1,imported,background-story-0-" + run), report.substring(0, 200));
        assertTrue(report.contains("big.csv#301,rejected,,The title is empty"), "the refused row and why");
        assertTrue(http.get("/api/articles?q=background+story+" + run).body().startsWith("{\"total\":300"), "searchable");

        assertEquals(401, http.get(job).statusCode(), "a job is for editors");
        assertEquals(404, editor.get("/api/imports/no-such-job").statusCode());
        assertEquals(409, editor.postFiles(job + "/resume", Map.of(), Map.of()).statusCode(), "a finished job is not resumed");
    }

    @Test
    void theFormImportsALargeUploadInTheBackgroundWithAProgressPage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "Form Background " + run;
        Http browser = Gazette.client(url).login(Accounts.create(http, "editor"), Accounts.PASSWORD);
        String token = Http.csrfOf(browser.get("/admin/import"));

        HttpResponse<String> posted = browser.postFiles("/admin/import", Map.of("_csrf", token), Map.of("big.csv", csv(source, 1200, run)));
        String previewAt = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> preview = browser.get(previewAt.substring(previewAt.indexOf("/admin/import")));
        assertTrue(preview.body().contains("imported in the background"), "a large upload is said to go to the background");
        String previewId = preview.body().split("name=\"preview\" value=\"")[1].split("\"")[0];

        HttpResponse<String> confirmed = browser.postForm("/admin/import/confirm",
                Map.of("_csrf", Http.csrfOf(preview), "preview", previewId, "onProbable", "skip"));
        assertEquals(303, confirmed.statusCode(), confirmed.body());
        String page = confirmed.headers().firstValue("Location").orElseThrow();
        page = page.substring(page.indexOf("/admin/imports/"));
        HttpResponse<String> progress = browser.get(page);
        assertEquals(200, progress.statusCode());
        assertTrue(progress.body().contains("<progress"), "a progress bar");

        String job = "/api/imports/" + page.substring("/admin/imports/".length());
        await(browser, job, "done");
        HttpResponse<String> finished = browser.get(page);
        assertTrue(finished.body().contains("100%") && finished.body().contains("1200 imported"), finished.body());
        assertTrue(!finished.body().contains("http-equiv=\"refresh\""), "it stops reloading when done");
    }
}
