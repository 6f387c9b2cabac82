package dev.gazette.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Gazette;
import dev.gazette.it.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data committed by an answered import survives a {@code kill -9} of the server and a normal restart. Each server's
 * module says how to start, stop and kill it.
 */
public abstract class AbstractKillAndRestartIT {

    protected abstract ServerProcess server();

    private static byte[] article(String title) {
        return (title + "\n\n2025-02-13 02:10:00\n\nAbstract: " + title + " in brief.\n\nOne.\n\nTwo.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> importArticle(String title) {
        return new Http(server().baseUrl()).basic("admin", Gazette.ADMIN_PASSWORD)
                .postFiles("/api/import", Map.of("source", "Durable Desk"), Map.of(title + ".txt", article(title)));
    }

    private int statusOf(String slug) {
        return new Http(server().baseUrl()).get("/articles/" + slug).statusCode();
    }

    @Test
    void importedArticlesSurviveAKillAndARestart() throws Exception {
        server().reset();
        server().start();
        HttpResponse<String> answered = importArticle("Survives the kill");
        assertEquals(200, answered.statusCode(), answered.body());
        assertTrue(answered.body().contains("\"accepted\":[{"), answered.body());

        server().killHard(); // right after the answer: nothing may be lost
        server().start();
        assertEquals(200, statusOf("survives-the-kill"), "committed before kill -9");

        assertTrue(importArticle("Survives the restart").body().contains("\"accepted\":[{"));
        server().stop();
        server().start();
        assertEquals(200, statusOf("survives-the-kill"));
        assertEquals(200, statusOf("survives-the-restart"));
        assertTrue(importArticle("Survives the kill").body().contains("\"duplicates\":[{"), "still known after restarts");
    }

    @Test
    void aBackgroundImportKilledInTheMiddleSaysWhatLandedAndCompletesWhenStartedAgain() throws Exception {
        server().reset();
        server().start();
        new BackgroundImportKill(server()).run();
    }

    @AfterEach
    void stopServer() throws Exception {
        server().stop();
    }
}
