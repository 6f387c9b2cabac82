package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What a reader sees, served by the real server from the real EAR with its sample articles. */
class ReaderPagesIT extends GazetteIT {


    private static void assertNoStackTrace(HttpResponse<String> page) {
        assertFalse(page.body().contains("Exception"), "no exception names on a page");
        assertFalse(page.body().contains("\tat "), "no stack trace on a page");
    }

    @Test
    void frontPageListsTheSampleArticlesNewestFirst() {
        HttpResponse<String> home = http.get("/");
        HttpResponse<String> southern = http.get("/sources/southern-cross-daily");

        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(home.body().contains("Latest news"));
        // Other tests import newer articles into the same server: the order is checked on the times the page shows.
        java.util.List<String> times = java.util.regex.Pattern.compile("<time class=\"local-time\" datetime=\"([^\"]+)\"")
                .matcher(home.body()).results().map(m -> m.group(1)).toList();
        assertTrue(times.size() >= 2, home.body());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(java.time.Instant.parse(times.get(i)).compareTo(java.time.Instant.parse(times.get(i - 1))) <= 0,
                    "newest first: " + times);
        }
        int newer = southern.body().indexOf("Sea Wall Fund for Coastal Cities Is Agreed at the Climate Summit");
        int older = southern.body().indexOf("Divers Film Mass Coral Spawning on the Southern Reef");
        assertTrue(newer > 0 && older > newer, "sample articles, newest first");
        assertTrue(home.body().matches("(?s).*/static/gazette\\.[0-9a-f]{10}\\.css.*"), "the stylesheet, fingerprinted");
    }

    @Test
    void articlePageShowsSourceDateAbstractAndEveryParagraph() {
        HttpResponse<String> page = http.get("/articles/volunteers-pull-two-tonnes-of-litter-from-the-river-elm");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The Harbour Courier"));
        assertTrue(page.body().contains("2026-08-02 07:30"), "date and time in the source's zone");
        assertTrue(page.body().contains("class=\"lead\""));
        assertTrue(page.body().split("<div class=\"body\">")[1].split("</div>")[0].split("<p>").length > 3);
    }

    @Test
    void sourcesAndASourcePageListTheirArticles() {
        HttpResponse<String> sources = http.get("/sources");
        HttpResponse<String> courier = http.get("/sources/the-harbour-courier");

        assertEquals(200, sources.statusCode());
        assertTrue(sources.body().contains("Lakeside Ledger"));
        assertEquals(200, courier.statusCode());
        assertTrue(courier.body().contains("Tidal Turbine Trial Beats Expectations in First Month"));
        assertFalse(courier.body().contains("Divers Film Mass Coral Spawning"), "only this source's articles");
    }

    @Test
    void searchFiltersByWordsSourceAndDates() {
        HttpResponse<String> found = http.get("/search?q=glacier&source=alpine-morning-post&from=2026-08-01&to=2026-08-31");
        HttpResponse<String> outOfRange = http.get("/search?q=glacier&from=2026-09-01");

        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("href=\"/articles/glacier-survey-records-another-summer-of-heavy-ice-loss\""));
        assertTrue(found.body().contains("1 article found"));
        assertTrue(outOfRange.body().contains("0 articles found"));
    }

    @Test
    void unknownAddressesGetAReadableNotFoundPage() {
        HttpResponse<String> article = http.get("/articles/no-such-article");
        HttpResponse<String> page = http.get("/no/such/page");
        HttpResponse<String> api = http.get("/api/articles/no-such-article");

        assertEquals(404, article.statusCode());
        assertTrue(article.body().contains("Page not found"));
        assertNoStackTrace(article);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"));
        assertEquals(404, api.statusCode());
        assertTrue(api.body().startsWith("{"));
    }

    @Test
    void badInputGetsAPageNotAnError() {
        HttpResponse<String> page = http.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%27%20OR%201%3D1&from=2025-02-30&to=yesterday&page=abc");
        HttpResponse<String> hugePage = http.get("/?page=99999999999");

        assertEquals(200, page.statusCode());
        assertNoStackTrace(page);
        assertFalse(page.body().contains("<script>alert(1)"), "typed text is escaped");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)"));
        assertTrue(page.body().contains("is not a date like 2025-02-13"));
        assertEquals(200, hugePage.statusCode());
    }

    @Test
    void jsonApiListsAndFiltersArticles() {
        HttpResponse<String> list = http.get("/api/articles?source=lakeside-ledger&size=2&page=1");
        HttpResponse<String> one = http.get("/api/articles/central-library-reopens-after-two-year-renovation");

        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(list.body().startsWith("{\"total\":4,\"page\":1,\"size\":2,\"items\":[{\"slug\":"), list.body());
        assertTrue(list.body().contains("\"publishedAt\":\"2026-"));
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"body\":[\""));
        assertTrue(one.body().contains("\"source\":\"Lakeside Ledger\""));
    }
}
