package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin pages: behind the login form, protected against forged posts, forms that say what is wrong. */
class AdminIT extends GazetteIT {


    @Test
    void adminPagesRedirectToTheLoginPage() {
        for (String page : new String[] {"/admin", "/admin/articles/new", "/admin/import"}) {
            HttpResponse<String> answer = http.get(page);
            assertEquals(302, answer.statusCode() == 303 ? 302 : answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login?next="), page);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        String token = Http.csrfOf(http.get("/login"));
        HttpResponse<String> answer = http.postForm("/login",
                Map.of("username", "admin", "password", "wrong", "_csrf", token, "next", "/admin"));

        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("The user name or password is not right"));
        assertEquals(302, http.get("/admin").statusCode(), "still not logged in");
    }

    @Test
    void anAdminWritesAnArticleThroughTheForm() {
        http.login("admin", Gazette.ADMIN_PASSWORD);
        String token = Http.csrfOf(http.get("/admin/articles/new"));
        String title = "Handwritten <b>story</b> " + UUID.randomUUID();

        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("_csrf", token);
        invalid.put("title", title);
        invalid.put("date", "2025-02-30");
        invalid.put("time", "10:00");
        HttpResponse<String> refused = http.postForm("/admin/articles/new", invalid);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Type the name of the source: one Gazette knows, or a new one."));
        assertTrue(refused.body().contains("Give the date and time of publication"));
        assertTrue(refused.body().contains("Handwritten &lt;b&gt;story&lt;/b&gt;"), "what was typed is kept, escaped");

        Map<String, String> valid = new LinkedHashMap<>(invalid);
        valid.put("newSource", "Desk " + UUID.randomUUID().toString().substring(0, 8));
        valid.put("date", "2025-02-13");
        valid.put("time", "02:10");
        valid.put("abstract", "Trump & Putin – “quotes” intact.");
        valid.put("body", "First paragraph.\r\n\r\nSecond paragraph.");
        HttpResponse<String> published = http.postForm("/admin/articles/new", valid);
        assertEquals(303, published.statusCode(), published.body());
        String location = published.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> article = http.get(location.substring(location.indexOf("/articles/")));
        assertTrue(article.body().contains("2025-02-13 02:10"));
        assertTrue(article.body().contains("Trump &amp; Putin – “quotes” intact."));
        assertTrue(article.body().contains("<p>Second paragraph.</p>"));

        HttpResponse<String> again = http.postForm("/admin/articles/new", valid);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already published"));
    }

    @Test
    void formsPostedWithoutTheirTokenAreRefused() {
        http.login("admin", Gazette.ADMIN_PASSWORD);

        HttpResponse<String> forgedArticle = http.postForm("/admin/articles/new",
                Map.of("newSource", "Forged", "title", "Forged", "date", "2025-01-01", "time", "10:00",
                        "abstract", "Forged", "body", "Forged"));
        HttpResponse<String> forgedImport = http.postFiles("/admin/import", Map.of("newSource", "Forged"),
                Map.of("f.txt", "Forged\n\n2025-01-01 10:00:00\n\nAbstract: x\n\nBody.\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(403, forgedArticle.statusCode());
        assertEquals(403, forgedImport.statusCode());
        // By source, not by word: a search tolerates a typo, and "forged" is one letter from a word of the samples.
        assertTrue(http.get("/api/articles?source=forged").body().startsWith("{\"total\":0,"));
    }

    @Test
    void anAdminImportsFilesAndSeesWhatBecameOfEach() {
        http.login("admin", Gazette.ADMIN_PASSWORD);
        String token = Http.csrfOf(http.get("/admin/import"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("shipyard.txt", Gazette.uniqueCopyOf("articles/shipyard.txt")); // not a probable duplicate of other tests' copies
        files.put("broken.txt", "Broken\n\n2025-02-30 10:00:00\n\nAbstract: x\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
        String source = "Uploads " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> posted = http.postFiles("/admin/import", Map.of("_csrf", token, "source", source), files);
        assertEquals(303, posted.statusCode(), posted.body());
        String previewAt = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> preview = http.get(previewAt.substring(previewAt.indexOf("/admin/import")));
        assertTrue(preview.body().contains("nothing imported yet"), "a preview first");
        assertTrue(preview.body().contains("1 new") && preview.body().contains("1 rejected"), preview.body());
        assertTrue(http.get("/api/articles?source=" + source.toLowerCase().replace(' ', '-')).body().startsWith("{\"total\":0"),
                "nothing stored before the editor confirms");
        String previewId = preview.body().split("name=\"preview\" value=\"")[1].split("\"")[0];

        HttpResponse<String> confirmed = http.postForm("/admin/import/confirm",
                Map.of("_csrf", Http.csrfOf(preview), "preview", previewId));
        assertEquals(303, confirmed.statusCode(), confirmed.body());
        String location = confirmed.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> report = http.get(location.substring(location.indexOf("/admin/import")));
        assertEquals(410, http.postForm("/admin/import/confirm", Map.of("_csrf", Http.csrfOf(preview), "preview", previewId))
                .statusCode(), "a second confirmation imports nothing twice");

        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("1 imported"));
        assertTrue(report.body().contains("1 rejected"));
        assertTrue(report.body().contains("(line 3)"));
        assertTrue(report.body().contains("is not a real date and time"));
        assertTrue(report.body().contains("href=\"/articles/tide-and-timber-old-shipyard-reopens-as-a-community-workshop"));
    }
}
