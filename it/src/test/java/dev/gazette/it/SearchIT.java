package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-text search on the real server: the search page, the JSON API, bad queries, and rebuilding the index. */
class SearchIT extends GazetteIT {


    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchPageRanksHighlightsAndCountsFacets() {
        HttpResponse<String> page = http.get("/search?q=glacier");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<mark>Glacier</mark>"), "matched words are marked");
        assertTrue(page.body().contains("class=\"facets\""));
        assertTrue(page.body().contains("Alpine Morning Post"));
        assertTrue(page.body().contains("August 2026"), "the month facet");
        assertTrue(page.body().contains("aria-label=\"Remove the words\""), "active filters can be removed");
    }

    @Test
    void toleratesTyposAndSuggestsSpellings() {
        assertFalse(http.get("/search?q=glaicer").body().contains("0 articles found"), "a typo still finds");
        HttpResponse<String> nothing = http.get("/search?q=" + encode("klacier"));
        assertTrue(nothing.body().contains("Nothing matches this search."));
        assertTrue(nothing.body().contains("Did you mean"), nothing.body());
    }

    @Test
    void apiAnswersWithHighlightsAndFacets() {
        HttpResponse<String> answer = http.get("/api/articles?q=library&sort=newest");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"highlights\":{"), answer.body());
        assertTrue(answer.body().contains("<mark>"), answer.body());
        assertTrue(answer.body().contains("\"facets\":{\"source\":[{\"value\":\"lakeside-ledger\",\"label\":\"Lakeside Ledger\",\"count\":"),
                answer.body());
        assertTrue(answer.body().contains("\"month\":[{\"value\":\"2026-"), answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "((", "title:", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "-", "OR", "*"})
    void badQueriesGetAPageNeverAnError(String q) {
        HttpResponse<String> page = http.get("/search?q=" + encode(q));
        HttpResponse<String> api = http.get("/api/articles?q=" + encode(q));

        assertEquals(200, page.statusCode(), q);
        assertFalse(page.body().contains("Exception"), q);
        assertEquals(200, api.statusCode(), q);
    }

    @Test
    void aTenThousandCharacterQueryIsCutNotRefused() {
        HttpResponse<String> page = http.get("/search?q=" + encode("harbour ".repeat(1250)));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Only the first 500 characters"));
    }

    @Test
    void anAdminRebuildsTheIndexAndSeesItsProgress() throws Exception {
        http.login("admin", Gazette.ADMIN_PASSWORD);
        String token = Http.csrfOf(http.get("/admin/search-index"));

        HttpResponse<String> started = http.postForm("/admin/search-index", Map.of("_csrf", token));
        assertEquals(303, started.statusCode());

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String status = http.get("/admin/search-index").body();
        while (status.contains("Rebuilding:") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = http.get("/admin/search-index").body();
        }
        assertTrue(status.contains("Last rebuild finished"), status);
        String counts = status.split("class=\"index-counts\">")[1].split("<")[0];
        String[] numbers = counts.replaceAll("[^0-9 ]", " ").trim().split("\\s+");
        assertEquals(numbers[0], numbers[1], "every article is in the index: " + counts);
        assertTrue(http.get("/search?q=glacier").body().contains("<mark>Glacier</mark>"));
    }
}
