package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editors correct, withdraw and delete articles; admins rename and delete sources; every step is in the audit log. */
class EditingIT extends GazetteIT {

    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private String source;
    private String editor;

    @BeforeEach
    void desk() {
        source = "Desk " + UUID.randomUUID().toString().substring(0, 8);
        editor = Accounts.create(http, "editor");
    }

    /** Imports one article through the API; returns its slug. */
    private String imported(String title) {
        String file = title + "\n\n2026-11-20 08:30:00\n\nAbstract: About " + title + ".\n\nFirst paragraph.\n\nSecond paragraph.\n";
        HttpResponse<String> answer = Gazette.client(url).basic(editor, Accounts.PASSWORD).postFiles("/api/import",
                Map.of("source", source), Map.of("a.txt", file.getBytes(StandardCharsets.UTF_8)));
        Matcher slug = SLUG.matcher(answer.body());
        assertTrue(slug.find(), answer.body());
        return slug.group(1);
    }

    private static Map<String, String> form(String token, String version, String title, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("version", version);
        form.put("source", "");
        form.put("title", title);
        form.put("date", "2026-11-20");
        form.put("time", "08:30");
        form.put("abstract", "A corrected abstract.");
        form.put("body", body);
        return form;
    }

    @Test
    void anEditorCorrectsAnArticleAndASecondEditorIsShownBothVersions() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String slug = imported("Harbour ferry timetable chnages");
        Http first = Gazette.client(url).login(editor, Accounts.PASSWORD);
        Http second = Gazette.client(url).login(Accounts.create(http, "editor"), Accounts.PASSWORD);
        HttpResponse<String> firstPage = first.get("/admin/articles/" + slug);
        HttpResponse<String> secondPage = second.get("/admin/articles/" + slug);
        String version = firstPage.body().split("name=\"version\" value=\"")[1].split("\"")[0];

        Map<String, String> mine = form(Http.csrfOf(firstPage), version, "Harbour ferry timetable changes", "Fixed " + word + ".");
        mine.put("source", source);
        HttpResponse<String> saved = first.postForm("/admin/articles/" + slug, mine);
        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> reader = http.get("/articles/" + slug);
        assertTrue(reader.body().contains("Harbour ferry timetable changes"), "the reader sees the correction");
        assertTrue(http.get("/api/articles?q=" + word).body().contains(slug), "and search finds it at once");

        Map<String, String> theirs = form(Http.csrfOf(secondPage), version, "Harbour ferry times changed", "Their own text.");
        theirs.put("source", source);
        HttpResponse<String> conflict = second.postForm("/admin/articles/" + slug, theirs);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("Someone else saved this article"), "told");
        assertTrue(conflict.body().contains("Fixed " + word + "."), "sees the other version");
        assertTrue(conflict.body().contains("Their own text."), "keeps their own text in the form");
        assertTrue(http.get("/articles/" + slug).body().contains("Harbour ferry timetable changes"), "nothing overwritten");

        String current = conflict.body().split("name=\"version\" value=\"")[1].split("\"")[0];
        Map<String, String> knowingly = form(Http.csrfOf(conflict), current, "Harbour ferry times changed", "Their own text.");
        knowingly.put("source", source);
        HttpResponse<String> again = second.postForm("/admin/articles/" + slug, knowingly);
        assertEquals(303, again.statusCode(), "saving again, knowingly, replaces");
    }

    @Test
    void aWithdrawnArticleAnswers410UntilRepublishedAndADeletedOne404() {
        String slug = imported("Lighthouse keeper retires");
        Http session = Gazette.client(url).login(editor, Accounts.PASSWORD);
        String token = Http.csrfOf(session.get("/admin/articles/" + slug));

        assertEquals(303, session.postForm("/admin/articles/" + slug + "/unpublish", Map.of("_csrf", token)).statusCode());
        HttpResponse<String> gone = http.get("/articles/" + slug);
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("withdrawn"));
        assertEquals(410, http.get("/api/articles/" + slug).statusCode());
        assertTrue(!http.get("/api/articles?q=lighthouse+keeper").body().contains(slug), "not found by search");
        assertTrue(!http.get("/sources/" + slug(source)).body().contains(slug), "not on its source's page");

        assertEquals(303, session.postForm("/admin/articles/" + slug + "/publish", Map.of("_csrf", token)).statusCode());
        assertEquals(200, http.get("/articles/" + slug).statusCode());

        HttpResponse<String> confirm = session.get("/admin/articles/" + slug + "/delete");
        assertTrue(confirm.body().contains("cannot be undone"));
        assertEquals(303, session.postForm("/admin/articles/" + slug + "/delete", Map.of("_csrf", Http.csrfOf(confirm))).statusCode());
        assertEquals(404, http.get("/articles/" + slug).statusCode());
        assertTrue(!http.get("/api/articles?q=lighthouse+keeper").body().contains(slug));
    }

    @Test
    void theApiCorrectsWithTheVersionReadAndAnswers409WithTheCurrentArticle() {
        String slug = imported("Council votes on the budget");
        Http script = Gazette.client(url).basic(editor, Accounts.PASSWORD);
        Matcher version = VERSION.matcher(script.get("/api/articles/" + slug).body());
        assertTrue(version.find());
        String body = "{\"source\":\"" + source + "\",\"title\":\"Council approves the budget\",\"date\":\"2026-11-20\","
                + "\"time\":\"08:30\",\"abstract\":\"Approved.\",\"body\":[\"One.\",\"Two.\"],\"version\":" + version.group(1) + "}";

        HttpResponse<String> saved = script.json("PUT", "/api/articles/" + slug, body);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"title\":\"Council approves the budget\""));
        HttpResponse<String> stale = script.json("PUT", "/api/articles/" + slug, body);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("\"current\":{"), stale.body());
        assertEquals(400, script.json("PUT", "/api/articles/" + slug, "[]").statusCode());
        assertEquals(400, script.json("PUT", "/api/articles/" + slug, "{\"title\":5}").statusCode());

        assertEquals(200, script.json("POST", "/api/articles/" + slug + "/unpublish", null).statusCode());
        assertEquals(410, http.get("/api/articles/" + slug).statusCode());
        assertEquals(204, script.json("DELETE", "/api/articles/" + slug, null).statusCode());
        assertEquals(404, script.json("DELETE", "/api/articles/" + slug, null).statusCode());
    }

    @Test
    void anAdminRenamesASourceWhoseOldAddressRedirectsAndDeletesOnlyAnEmptyOne() {
        String slug = imported("Regatta postponed by storm");
        Http admin = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
        String renamed = source + " Evening";
        HttpResponse<String> change = admin.json("PUT", "/api/sources/" + slug(source),
                "{\"name\":\"" + renamed + "\",\"homepage\":\"https://evening.example\",\"timeZone\":\"Europe/Paris\"}");
        assertEquals(200, change.statusCode(), change.body());

        HttpResponse<String> old = http.get("/sources/" + slug(source));
        assertEquals(301, old.statusCode());
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/sources/" + slug(renamed)));
        assertTrue(http.get("/api/articles?source=" + slug(renamed)).body().contains(slug), "indexed under the new slug");
        assertTrue(http.get("/sources/" + slug(renamed)).body().contains("/articles/" + slug), "on the renamed source's page");
        assertTrue(http.get("/feeds/sources/" + slug(renamed) + ".atom").body().contains("/articles/" + slug), "and in its feed");
        assertEquals(409, admin.json("DELETE", "/api/sources/" + slug(renamed), null).statusCode(), "it has an article");
        assertEquals(400, admin.json("PUT", "/api/sources/" + slug(renamed), "{\"name\":\"x\",\"timeZone\":\"Mars/Olympus\"}").statusCode());

        HttpResponse<String> empty = admin.json("POST", "/api/sources", "{\"name\":\"Empty " + source + "\"}");
        assertEquals(201, empty.statusCode(), empty.body());
        assertEquals(204, admin.json("DELETE", "/api/sources/" + slug("Empty " + source), null).statusCode());

        HttpResponse<String> audit = admin.get("/admin/audit?target=" + slug(renamed));
        assertTrue(audit.body().contains("source edited") && audit.body().contains("renamed from"), "audited");
        assertTrue(admin.get("/admin/audit?actor=" + editor).body().contains("imported"), "imports are audited");
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
