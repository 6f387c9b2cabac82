package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin home's figures: the chart of the last 90 days, the busiest sources, the last imports, silent sources. */
class AdminHomeIT extends GazetteIT {

    @Test
    void theHomeShowsTheChartTheBusiestSourcesTheLastImportsAndTheSilentSources() {
        String source = "Home Desk " + UUID.randomUUID().toString().substring(0, 6);
        Http editor = Gazette.client(url).basic(Accounts.create(http, "editor"), Accounts.PASSWORD);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // Enough articles today to be among the busiest sources, whatever other tests imported into these 90 days.
        StringBuilder csv = new StringBuilder("source,title,published_at,abstract,body\n");
        for (int i = 0; i < 40; i++) {
            csv.append(source).append(",Home figure story ").append(i).append(',').append(today).append("T00:00:00Z,Brief.,Body.\n");
        }
        assertEquals(200, editor.postFiles("/api/import", Map.of(), Map.of("today.csv", Uploads.utf8(csv.toString()))).statusCode());

        HttpResponse<String> home = editor.get("/admin");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Articles per day, last 90 days"));
        assertTrue(home.body().contains(source), "the busiest sources and the last imports name it");
        assertTrue(home.body().contains("Sources without news for a week"));
        assertTrue(home.body().contains("The Harbour Courier"), "the samples are older than a week: silent");

        HttpResponse<String> chart = editor.get("/admin/activity.svg");
        assertEquals(200, chart.statusCode(), chart.body());
        assertTrue(chart.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(chart.body().contains("<svg") && chart.body().contains(source), "drawn with the source's line");
        assertEquals(302, http.get("/admin/activity.svg").statusCode(), "for editors only");
    }
}
