package dev.gazette.it;

import static dev.gazette.it.Uploads.article;
import static dev.gazette.it.Uploads.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every import format through the API, a dry run that stores nothing, probable duplicates, and imports at once. */
class ImportFormatsIT extends GazetteIT {

    private Http script;
    private String run;

    @BeforeEach
    void editor() {
        script = Gazette.client(url).basic(Accounts.create(http, "editor"), Accounts.PASSWORD);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> upload(String query, Map<String, String> fields, Map<String, byte[]> files) {
        HttpResponse<String> answer = script.postFiles("/api/import" + query, fields, files);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    private static int count(String body, String list) {
        String part = body.substring(body.indexOf("\"" + list + "\":["));
        part = part.substring(0, part.indexOf(']') + 1);
        Matcher files = Pattern.compile("\"file\":").matcher(part);
        int n = 0;
        while (files.find()) {
            n++;
        }
        return n;
    }

    @Test
    void csvJsonRssAtomAndZipAreEachImportedWithTheirItemsNamed() {
        String csv = "source,title,published_at,abstract,body\n"
                + "CSV Desk " + run + ",\"Rates rise, again " + run + "\",2025-02-13T02:10:00+01:00,Up.,\"First.\n\nSecond.\"\n";
        String json = "[{\"source\":\"JSON Desk " + run + "\",\"title\":\"Snow " + run + "\",\"published_at\":\"2025-02-14 08:00\","
                + "\"abstract\":\"Snow fell.\",\"body\":[\"One.\",\"Two.\"]}]";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>RSS Desk " + run + "</title>"
                + "<item><title>Tide " + run + "</title><pubDate>Thu, 13 Feb 2025 02:10:00 GMT</pubDate>"
                + "<description>&lt;p&gt;High &lt;b&gt;tide&lt;/b&gt;.&lt;/p&gt;</description></item></channel></rss>";
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Desk " + run + "</title>"
                + "<id>f</id><updated>2025-02-13T02:10:00Z</updated><entry><title>Atom " + run + "</title><id>e</id>"
                + "<updated>2025-02-13T02:10:00Z</updated><content type=\"html\">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>";
        byte[] zip = Uploads.zip(z -> z.add("dir/a.txt", utf8(article("Zipped " + run, "2025-02-15 09:00:00")))
                .add("inner.zip", Uploads.zip(y -> y.add("b.txt", utf8(article("Twice zipped " + run, "2025-02-15 10:00:00"))))));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("list.csv", utf8(csv));
        files.put("list.json", utf8(json));
        files.put("feed.xml", utf8(rss));
        files.put("atom.xml", utf8(atom));
        files.put("archive.zip", zip);

        String body = upload("", Map.of("source", "Zip Desk " + run), files).body();

        assertEquals(6, count(body, "accepted"), body);
        for (String name : List.of("list.csv#1", "list.json#1", "feed.xml#1", "atom.xml#1", "archive.zip!/dir/a.txt",
                "archive.zip!/inner.zip!/b.txt")) {
            assertTrue(body.contains("\"file\":\"" + name + "\""), name + " in " + body);
        }
        String tide = http.get("/api/articles?q=tide+" + run).body();
        assertTrue(tide.contains("\"title\":\"Tide " + run + "\""), tide);
        String atomFound = http.get("/api/articles?q=atom+" + run).body();
        assertTrue(atomFound.contains("\"source\":\"Zip Desk " + run + "\""), "a chosen source wins over the feed's title");
        String csvRow = http.get("/api/articles?q=rates+" + run).body();
        assertTrue(csvRow.contains("\"source\":\"CSV Desk " + run + "\"") && csvRow.contains("2025-02-13T01:10:00Z"), csvRow);
    }

    @Test
    void aDryRunReportsWithoutStoringAndProbableDuplicatesAreSkippedKeptOrReplaced() {
        String source = "Probable Desk " + run;
        upload("", Map.of("source", source), Map.of("a.txt", utf8(article("Council approves budget " + run, "2025-04-01 10:00:00"))));
        Map<String, byte[]> retold = Map.of("b.txt", utf8(article("Council approves budget, " + run.toUpperCase() + "!", "2025-04-02 09:00:00")));

        String dry = upload("?dryRun=true", Map.of("source", source), retold).body();
        assertTrue(dry.contains("\"dryRun\":true") && count(dry, "probableDuplicates") == 1, dry);
        String skipped = upload("", Map.of("source", source), retold).body();
        assertEquals(1, count(skipped, "probableDuplicates"), "skipped unless asked otherwise");
        assertEquals(0, count(skipped, "accepted"));
        String kept = upload("?onProbableDuplicate=keep", Map.of("source", source), retold).body();
        assertEquals(1, count(kept, "accepted"), kept);

        Map<String, byte[]> third = Map.of("c.txt", utf8("Council approves budget " + run + "\n\n2025-04-01 11:00:00\n\n"
                + "Abstract: Corrected.\n\nThe corrected text.\n"));
        String replaced = upload("?onProbableDuplicate=replace", Map.of("source", source), third).body();
        assertEquals(1, count(replaced, "replaced"), replaced);
        String slug = replaced.substring(replaced.indexOf("\"replaced\":[")).split("\"slug\":\"")[1].split("\"")[0];
        assertTrue(http.get("/articles/" + slug).body().contains("The corrected text."), "same address, new content");
        assertEquals(400, script.postFiles("/api/import?onProbableDuplicate=merge", Map.of("source", source), third).statusCode());
    }

    @Test
    void twoImportsOfOverlappingFilesAtTheSameMomentStoreNoDuplicate() {
        String source = "Race Desk " + run;
        Map<String, byte[]> first = new LinkedHashMap<>();
        Map<String, byte[]> second = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            byte[] file = utf8(article("Overlap " + i + " " + run, "2025-05-01 10:00:00"));
            if (i < 40) {
                first.put("o" + i + ".txt", file);
            }
            if (i >= 20) {
                second.put("o" + i + ".txt", file);
            }
        }
        List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
        both.add(CompletableFuture.supplyAsync(() -> script.postFiles("/api/import", Map.of("source", source), first)));
        both.add(CompletableFuture.supplyAsync(() -> Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD)
                .postFiles("/api/import", Map.of("source", source), second)));
        both.forEach(answer -> assertEquals(200, answer.join().statusCode(), answer.join().body()));

        String found = http.get("/api/articles?size=100&source=" + ("race-desk-" + run)).body();
        assertTrue(found.startsWith("{\"total\":60,"), "60 stories, each once: " + found.substring(0, 40));
    }
}
