package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Moving house: the whole portal exported as one ZIP, and restored, on the real server. */
class MovingIT extends GazetteIT {

    @Test
    void exportsEveryArticleAndSourceAndRestoresOnlyWhatIsNew() throws Exception {
        Map<String, byte[]> archive = unzip(download("/api/export"));
        String sourcesCsv = text(archive.get("sources.csv"));
        String articlesCsv = text(archive.get("articles.csv"));
        long total = Long.parseLong(http.get("/api/articles?size=1").body().replaceAll("^\\{\"total\":(\\d+),.*", "$1"));

        assertTrue(sourcesCsv.startsWith("slug,name,time_zone,homepage,description"), sourcesCsv);
        assertTrue(sourcesCsv.contains("the-harbour-courier,"), sourcesCsv);
        assertEquals(total, articlesCsv.lines().count() - 1, "a manifest row per article");
        String first = articlesCsv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertTrue(text(archive.get(first)).contains("\n\nAbstract: "), first);

        // The same export again: all of it is here already.
        HttpResponse<String> again = restore(zip(archive));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"restored\":0,\"duplicates\":" + total + ","), again.body());

        // An export with one source and one article more, from another portal.
        String word = "ptarmigan" + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
        String slug = "moved-" + word;
        Map<String, byte[]> other = new LinkedHashMap<>(archive);
        other.put("sources.csv", (sourcesCsv + "fell-gazette,Fell Gazette,Europe/Oslo,https://fell.example,\"Hills, lakes\"\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String takenSlug = articlesCsv.lines().skip(1).findFirst().orElseThrow().split(",")[1];
        other.put("articles.csv", (articlesCsv + "articles/fell-gazette/" + slug + ".txt," + slug
                + ",fell-gazette,2026-10-25T01:30:00Z\r\n"
                + "articles/fell-gazette/" + slug + ".txt," + slug + ",fell-gazette,2026-10-25T01:30:00Z\r\n"
                + "articles/fell-gazette/" + takenSlug + ".txt," + takenSlug + ",fell-gazette,2026-10-26T08:00:00Z\r\n")
                .getBytes(StandardCharsets.UTF_8));
        other.put("articles/fell-gazette/" + takenSlug + ".txt", ("Another story\n\n2026-10-26 09:00:00\n\n"
                + "Abstract: Same address, other news.\n\nIt must not replace the one here.\n").getBytes(StandardCharsets.UTF_8));
        other.put("articles/fell-gazette/" + slug + ".txt", ("Moved " + word + "\n\n2026-10-25 02:30:00\n\n"
                + "Abstract: Brought over from the old portal.\n\nEvery word of it.\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> moved = restore(zip(other));

        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("\"sources\":{\"created\":1,"), moved.body());
        assertTrue(moved.body().contains("\"restored\":1,\"duplicates\":" + total + ",\"rejectedCount\":2,"), moved.body());
        assertTrue(moved.body().contains("a second time"), moved.body());
        assertTrue(moved.body().contains("Its address /articles/" + takenSlug + " belongs to another article here"), moved.body());
        assertTrue(!http.get("/articles/" + takenSlug).body().contains("Another story"), "the article here is kept");
        HttpResponse<String> page = http.get("/articles/" + slug);
        assertEquals(200, page.statusCode(), "the slug is kept");
        assertTrue(page.body().contains("Fell Gazette"));
        assertTrue(http.get("/api/articles?q=" + word).body().startsWith("{\"total\":1,"), "searchable when answered");
        // 02:30 came twice in Oslo that night: the manifest says which (the file alone would give the first, +02:00).
        String json = http.get("/api/articles/" + slug).body();
        assertTrue(json.contains("\"publishedAt\":\"2026-10-25T02:30:00+01:00\""), json);
    }

    @Test
    void anAdminLoggedInDownloadsTheSameExportFromTheAdminPage() {
        Http browser = Gazette.client(url).login("admin", Gazette.ADMIN_PASSWORD);
        assertTrue(browser.get("/admin").body().contains("href=\"/admin/export\""));

        HttpResponse<byte[]> answer = browser.getBytes("/admin/export");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertEquals('P', answer.body()[0]);
        assertEquals('K', answer.body()[1]);
        assertEquals(302, Gazette.client(url).get("/admin/export").statusCode() == 303 ? 302
                : Gazette.client(url).get("/admin/export").statusCode(), "the login page first");
    }

    @Test
    void refusesWhatIsNotAnExportAndAnyoneWhoIsNotAnAdmin() throws Exception {
        HttpResponse<String> anonymous = http.get("/api/export");
        HttpResponse<String> slashed = http.get("/api/export/");
        HttpResponse<String> anonymousRestore = http.postRaw("/api/restore", "application/zip", "PK");
        HttpResponse<String> notZip = restore("just text".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> noManifest = restore(zip(Map.of("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8))));

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, slashed.statusCode(), "no other spelling of the address gets past");
        assertEquals(401, anonymousRestore.statusCode());
        assertEquals(400, notZip.statusCode(), notZip.body());
        assertTrue(notZip.body().contains("not a ZIP archive"), notZip.body());
        assertEquals(400, noManifest.statusCode(), noManifest.body());
        assertTrue(noManifest.body().contains("no sources.csv"), noManifest.body());
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> answer = admin().getBytes(path);
        assertEquals(200, answer.statusCode());
        // Payara adds the application's response encoding (web.xml) as a charset parameter, harmless to a ZIP.
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.equals("application/zip") || type.startsWith("application/zip;"), type);
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"gazette-export-"));
        return answer.body();
    }

    private HttpResponse<String> restore(byte[] zip) {
        return admin().postBytes("/api/restore", "application/zip", zip);
    }

    private Http admin() {
        return Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
