package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing article files through the API with HTTP Basic, as a script of an editor would. */
class ImportIT extends GazetteIT {

    String source;

    @BeforeEach
    void source() {
        source = "Wire " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String article(String title, String timestamp) {
        return title + "\n\n" + timestamp + "\n\nAbstract: About " + title + ".\n\nFirst paragraph.\n\nSecond paragraph.\n";
    }

    @Test
    void refusesImportsWithoutValidCredentials() {
        HttpResponse<String> anonymous = http.postFiles("/api/import", Map.of("source", source),
                Map.of("a.txt", article("Anonymous", "2025-01-01 10:00:00").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> wrong = Gazette.client(url).basic("admin", "wrong").postFiles("/api/import",
                Map.of("source", source), Map.of("a.txt", article("Wrong", "2025-01-01 10:00:00").getBytes(StandardCharsets.UTF_8)));

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, wrong.statusCode());
        // No Basic challenge: a browser would prompt for a password and send it from then on, token or not.
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Gazette"));
        assertTrue(wrong.body().contains("HTTP Basic"), wrong.body());
    }

    @Test
    void importsAFileThenReportsItAgainAsADuplicate() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        Map<String, byte[]> files = Map.of("shipyard.txt", Gazette.resource("articles/shipyard.txt"));

        // Kept though other tests import the same file into sources of their own: it is a probable duplicate there.
        HttpResponse<String> first = http.postFiles("/api/import?onProbableDuplicate=keep", Map.of("source", source), files);
        HttpResponse<String> again = http.postFiles("/api/import?onProbableDuplicate=keep", Map.of("source", source), files);

        assertEquals(200, first.statusCode(), first.body());
        String slug = first.body().split("\"slug\":\"")[1].split("\"")[0];
        assertTrue(slug.startsWith("tide-and-timber-old-shipyard-reopens-as-a-community-workshop"), slug);
        assertTrue(first.body().contains("\"accepted\":[{\"file\":\"shipyard.txt\",\"slug\":\"" + slug), first.body());
        assertTrue(again.body().contains("\"accepted\":[],\"duplicates\":[{\"file\":\"shipyard.txt\""), again.body());

        HttpResponse<String> page = http.get("/articles/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tide &amp; Timber: Old Shipyard Reopens as a Community Workshop"));
        assertTrue(page.body().contains("2026-03-14 09:45"));
        assertTrue(page.body().contains("“I started here as an apprentice when I was sixteen,”"), "curly quotes intact");
        String body = page.body().split("<div class=\"body\">")[1].split("</div>")[0];
        assertEquals(10, body.split("<p>").length - 1, "all ten paragraphs");

        // The source's link in the article's byline (the page's head links the source's feed and page too).
        HttpResponse<String> search = http.get("/api/articles?q=shipyard&source=" + page.body()
                .split("class=\"source\" href=\"/sources/")[1].split("\"")[0]);
        assertTrue(search.body().startsWith("{\"total\":1,"), search.body());
    }

    @Test
    void aMalformedFileIsRejectedWithItsReasonWhileTheOthersLand() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 200; i++) {
            String text = i == 100 ? "No timestamp here\n\nAbstract: oops\n\nBody.\n"
                    : article("Bulk story number " + i, String.format("2025-03-%02d %02d:%02d:00", 1 + i % 28, i % 24, i % 60));
            files.put("story-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8));
        }

        long started = System.nanoTime();
        HttpResponse<String> answer = http.postFiles("/api/import", Map.of("source", source), files);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Imported 200 files in one upload in " + millis + " ms");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(199, answer.body().split("\"slug\":").length - 1, "199 accepted");
        assertTrue(answer.body().contains("\"rejected\":[{\"file\":\"story-100.txt\",\"reason\":\"line 3: "), answer.body());
        HttpResponse<String> listed = http.get("/api/articles?size=1&q=bulk&source=" + source.toLowerCase().replace(' ', '-'));
        assertTrue(listed.body().startsWith("{\"total\":199,"), listed.body());
    }

    @Test
    void anUploadOfSeveralPartsIsSearchableWhenAnsweredAndFindsItsDuplicatesAcrossParts() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 250; i++) {
            // The last file repeats the fifth, which a part stored before it.
            int story = i == 250 ? 5 : i;
            files.put("tide-" + i + ".txt", article("Tide table " + story, String.format("2025-04-%02d %02d:00:00",
                    1 + story % 28, story % 24)).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> answer = http.postFiles("/api/import", Map.of("source", source), files);

        assertEquals(200, answer.statusCode(), answer.body());
        String duplicates = answer.body().split("\"duplicates\":")[1];
        assertEquals(249, answer.body().split("\"duplicates\":")[0].split("\"slug\":").length - 1, "249 accepted");
        assertTrue(duplicates.startsWith("[{\"file\":\"tide-250.txt\",\"slug\":\"tide-table-5\""), answer.body());
        // Asked at once: the answer came after every part was searchable.
        HttpResponse<String> found = http.get("/api/articles?size=1&q=tide&source=" + source.toLowerCase().replace(' ', '-'));
        assertTrue(found.body().startsWith("{\"total\":249,"), found.body());
    }

    @Test
    void anUploadWithoutFilesIsRefusedAndAnArticleFileWithoutSourceToo() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);

        HttpResponse<String> noSource = http.postFiles("/api/import", Map.of(),
                Map.of("a.txt", article("No source", "2025-01-01 10:00:00").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> noFiles = http.postFiles("/api/import", Map.of("source", source), Map.of());

        // Without a source, an article file cannot be placed: it is refused on its own (CSV and feeds name theirs).
        assertEquals(200, noSource.statusCode());
        assertTrue(noSource.body().contains("No source: choose one for the upload"), noSource.body());
        assertEquals(400, noFiles.statusCode());
    }

    @Test
    void oversizedAndNonUtf8FilesAreRejectedOneByOne() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("big.txt", new byte[3 * 1024 * 1024]);
        files.put("latin1.txt", "Caf\u00e9\n\n2025-01-01 10:00:00\n\nAbstract: x\n\nBody.\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("good.txt", article("Good among bad", "2025-01-05 10:00:00").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = http.postFiles("/api/import", Map.of("source", source), files);

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"file\":\"big.txt\",\"reason\":\"The file is larger than the limit of 2 MB\""), answer.body());
        assertTrue(answer.body().contains("\"file\":\"latin1.txt\",\"reason\":\"line 1: "), answer.body());
        assertTrue(answer.body().contains("\"accepted\":[{\"file\":\"good.txt\""), answer.body());
    }

    @Test
    void anUploadOverTheServersOwnDefaultLimitIsImported() {
        // WildFly resets a request body over 10 MB unless configured otherwise (configure.cli): twelve articles of
        // nearly the longest body an article may have (a million characters) make 11 MB.
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        String paragraph = "The archive of the harbour office holds the tide tables of a century. ".repeat(270);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            StringBuilder text = new StringBuilder(article("Harbour archive volume " + i, String.format("2025-05-%02d 10:00:00", i)));
            for (int p = 0; p < 50; p++) {
                text.append('\n').append(paragraph).append('\n');
            }
            files.put("volume-" + i + ".txt", text.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(files.values().stream().mapToInt(content -> content.length).sum() > 10 * 1024 * 1024);

        HttpResponse<String> answer = http.postFiles("/api/import", Map.of("source", source), files);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"rejected\":[]"), answer.body());
        assertEquals(12, answer.body().split("\"slug\":").length - 1, answer.body());
    }

    @Test
    void aBrokenUploadIsRefusedWithAMessageAndStoresNothing() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        String story = article("Half an upload " + source, "2025-01-07 10:00:00");

        HttpResponse<String> notMultipart = http.postRaw("/api/import", "text/plain", story);
        HttpResponse<String> truncated = http.postRaw("/api/import", "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source
                        + "\r\n--cut\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n" + story);
        HttpResponse<String> noBoundary = http.postRaw("/api/import", "multipart/form-data", story);

        for (HttpResponse<String> answer : java.util.List.of(notMultipart, truncated, noBoundary)) {
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"status\":400"), answer.body());
            assertTrue(!answer.body().contains("Exception") && !answer.body().contains("\tat "), answer.body());
        }
        assertTrue(http.get("/api/articles?q=%22half+an+upload%22").body().startsWith("{\"total\":0,"));
    }

    @Test
    void anEmptyFileInputIsIgnored() {
        http.basic("admin", Gazette.ADMIN_PASSWORD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("", new byte[0]);
        files.put("real.txt", article("Next to an empty input", "2025-01-08 10:00:00").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = http.postFiles("/api/import", Map.of("source", source), files);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"accepted\":[{\"file\":\"real.txt\""), answer.body());
        assertTrue(!answer.body().contains("\"file\":\"\""), answer.body());
    }
}
