package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may go where: every admin page and admin API call without a login, as an editor where only admins may go, with
 * a disabled account, and every form posted without its token.
 */
class AuthorizationIT extends GazetteIT {

    private static final String SLUG = "volunteers-pull-two-tonnes-of-litter-from-the-river-elm";

    private static final List<String> EDITORS_PAGES = List.of("/admin", "/admin/articles", "/admin/articles/new",
            "/admin/import", "/admin/articles/" + SLUG, "/admin/articles/" + SLUG + "/delete");
    private static final List<String> ADMINS_PAGES = List.of("/admin/users", "/admin/users/admin", "/admin/sources",
            "/admin/sources/the-harbour-courier", "/admin/audit", "/admin/search-index", "/admin/system", "/admin/export");
    /** Method and path of each API call that changes something or reads what only admins see. */
    private static final List<String[]> EDITORS_API = List.of(new String[] {"POST", "/api/import"},
            new String[] {"PUT", "/api/articles/" + SLUG}, new String[] {"POST", "/api/articles/" + SLUG + "/unpublish"},
            new String[] {"POST", "/api/articles/" + SLUG + "/publish"}, new String[] {"DELETE", "/api/articles/no-such-article"});
    private static final List<String[]> ADMINS_API = List.of(new String[] {"GET", "/api/users"},
            new String[] {"POST", "/api/users"}, new String[] {"PUT", "/api/users/admin"},
            new String[] {"POST", "/api/sources"}, new String[] {"PUT", "/api/sources/the-harbour-courier"},
            new String[] {"DELETE", "/api/sources/the-harbour-courier"}, new String[] {"GET", "/api/export"},
            new String[] {"POST", "/api/restore"});

    @Test
    void withoutALoginPagesLeadToTheLoginFormAndTheApiAnswers401() {
        for (String page : concat(EDITORS_PAGES, ADMINS_PAGES)) {
            HttpResponse<String> answer = http.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login?next="), page);
        }
        for (String[] call : concatCalls(EDITORS_API, ADMINS_API)) {
            HttpResponse<String> answer = http.json(call[0], call[1], body(call[0]));
            assertEquals(401, answer.statusCode(), call[0] + " " + call[1]);
            assertFalse(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "never prompts a browser");
        }
    }

    @Test
    void anEditorWorksOnArticlesButIsRefusedWhatOnlyAdminsDo() {
        String editor = Accounts.create(http, "editor");
        Http asEditor = Gazette.client(url).basic(editor, Accounts.PASSWORD);
        for (String page : EDITORS_PAGES) {
            assertEquals(200, asEditor.get(page).statusCode(), page);
        }
        for (String page : ADMINS_PAGES) {
            assertEquals(403, asEditor.get(page).statusCode(), page);
        }
        for (String[] call : ADMINS_API) {
            assertEquals(403, asEditor.json(call[0], call[1], body(call[0])).statusCode(), call[0] + " " + call[1]);
        }
        Http loggedIn = Gazette.client(url).login(editor, Accounts.PASSWORD);
        HttpResponse<String> home = loggedIn.get("/admin");
        assertTrue(home.body().contains("Write an article"));
        assertFalse(home.body().contains("/admin/users"), "no links to what an editor may not open");
        assertEquals(403, loggedIn.get("/admin/users").statusCode());
    }

    @Test
    void aDisabledAccountIsRefusedEverywhereAtOnce() {
        String editor = Accounts.create(http, "editor");
        Http session = Gazette.client(url).login(editor, Accounts.PASSWORD);
        assertEquals(200, session.get("/admin").statusCode());

        Http admin = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
        assertEquals(200, admin.json("PUT", "/api/users/" + editor, "{\"disabled\":true}").statusCode());

        assertEquals(302, session.get("/admin").statusCode(), "the open session ends");
        assertEquals(401, Gazette.client(url).basic(editor, Accounts.PASSWORD).get("/api/users").statusCode());
        String token = Http.csrfOf(http.get("/login"));
        HttpResponse<String> login = http.postForm("/login", Map.of("username", editor, "password", Accounts.PASSWORD,
                "_csrf", token, "next", "/admin"));
        assertEquals(401, login.statusCode());
        assertTrue(login.body().contains("disabled"), login.body());
    }

    @Test
    void everyFormPostedWithoutItsTokenIsRefusedWithAPage() {
        Http admin = Gazette.client(url).login("admin", Gazette.ADMIN_PASSWORD);
        Map<String, String> article = Map.of("source", "Forged", "title", "Forged", "date", "2025-01-01",
                "time", "10:00", "abstract", "Forged", "body", "Forged", "version", "0");
        for (String form : List.of("/admin/articles/new", "/admin/articles/" + SLUG, "/admin/articles/" + SLUG + "/unpublish",
                "/admin/articles/" + SLUG + "/publish", "/admin/articles/" + SLUG + "/delete", "/admin/users",
                "/admin/users/admin", "/admin/sources", "/admin/sources/the-harbour-courier",
                "/admin/sources/the-harbour-courier/delete", "/admin/search-index", "/admin/import/confirm")) {
            HttpResponse<String> forged = admin.postForm(form, article);
            assertEquals(403, forged.statusCode(), form);
            assertTrue(forged.body().contains("expired"), form + ": a page that says what happened");
        }
        assertEquals(403, admin.postFiles("/admin/import", Map.of("source", "Forged"), Map.of()).statusCode());
        assertEquals(200, http.get("/articles/" + SLUG).statusCode(), "nothing was withdrawn or deleted");
    }

    @Test
    void theApiTakesWritesFromABrowserOnlyWithThePagesToken() {
        String editor = Accounts.create(http, "editor");
        Http browser = Gazette.client(url).login(editor, Accounts.PASSWORD);
        String unpublish = "/api/articles/" + SLUG + "/unpublish";

        HttpResponse<String> forged = browser.json("POST", unpublish, null);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("X-CSRF-Token"), forged.body());
        assertEquals(200, http.get("/articles/" + SLUG).statusCode());

        String token = Http.pageTokenOf(browser.get("/admin"));
        assertEquals(200, browser.json("POST", "/api/articles/" + SLUG + "/publish", null, Map.of("X-CSRF-Token", token)).statusCode());
    }

    @Test
    void repeatedFailuresBlockTheAccountAndSayWhenToTryAgain() {
        String editor = Accounts.create(http, "editor");
        Http wrong = Gazette.client(url).basic(editor, "not-the-password");
        for (int i = 1; i < 5; i++) {
            assertEquals(401, wrong.get("/api/users").statusCode(), "failure " + i);
        }
        HttpResponse<String> fifth = wrong.get("/api/users");
        assertEquals(429, fifth.statusCode());
        assertTrue(fifth.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> right = Gazette.client(url).basic(editor, Accounts.PASSWORD).json("POST", "/api/import", "{}");
        assertEquals(429, right.statusCode(), "blocked even with the right password, until the block ends");
        assertTrue(right.body().contains("Try again in"), right.body());
        String token = Http.csrfOf(http.get("/login"));
        HttpResponse<String> form = http.postForm("/login", Map.of("username", editor, "password", Accounts.PASSWORD,
                "_csrf", token, "next", "/admin"));
        assertEquals(429, form.statusCode());
        assertTrue(form.body().contains("Too many failed logins. Try again in"), form.body());
    }

    @Test
    void everyResponseForbidsInlineScriptFramingAndSniffing() {
        HttpResponse<String> home = http.get("/");
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
                && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().firstValue("Referrer-Policy").isPresent());
        assertFalse(home.body().contains("<script>") || home.body().contains(" style=\""), "no inline script or style");

        Http admin = Gazette.client(url).login("admin", Gazette.ADMIN_PASSWORD);
        assertEquals("no-store", admin.get("/admin").headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", admin.get("/admin/import").headers().firstValue("Cache-Control").orElse(""));
    }

    /** A JSON body where the method has one: Payara's HTTP server refuses a GET or DELETE with a body (400). */
    private static String body(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String[]> concatCalls(List<String[]> a, List<String[]> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
