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
import org.junit.jupiter.api.Test;

/**
 * Named bad inputs, each uploaded with a good article file beside it: each is refused with a message that says why,
 * never a 500, and the good file of the same upload is imported all the same.
 */
class BadInputIT extends GazetteIT {

    private record Case(String file, byte[] content, String because) {
    }

    private static final String HEADER = "source,title,published_at,abstract,body\n";
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>";

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "not a text file"));
        cases.add(new Case("empty.txt", new byte[0], "empty"));
        cases.add(new Case("blank.txt", utf8("\n\n   \n\t\n"), "empty"));
        cases.add(new Case("three-megabytes.txt", utf8("x".repeat(3 * 1024 * 1024)), "larger than"));
        cases.add(new Case("no-timestamp.txt", utf8("A title\n\nAbstract: x\n\nBody.\n"), "timestamp"));
        cases.add(new Case("feb-30.txt", utf8(article("Feb 30", "2025-02-30 10:00:00")), "not a real date"));
        cases.add(new Case("hour-25.txt", utf8(article("Hour 25", "2025-02-13 25:00:00")), "not a real date"));
        cases.add(new Case("letters-date.txt", utf8("Title\n\nyesterday at noon\n\nAbstract: x\n\nBody.\n"), "timestamp"));
        cases.add(new Case("long-title.txt", utf8(article("T".repeat(5000), "2025-02-13 10:00:00")), "longer than"));
        cases.add(new Case("title-only.txt", utf8("Just a title\n"), "timestamp"));
        cases.add(new Case("no-abstract.txt", utf8("Title\n\n2025-02-13 10:00:00\n\nBody without a label.\n"), "Abstract:"));
        cases.add(new Case("empty-abstract.txt", utf8("Title\n\n2025-02-13 10:00:00\n\nAbstract:\n\nBody.\n"), "abstract is empty"));
        cases.add(new Case("no-body.txt", utf8("Title\n\n2025-02-13 10:00:00\n\nAbstract: x\n"), "no text after the abstract"));
        cases.add(new Case("bell.txt", utf8(article("A bell \u0007 rings", "2025-02-13 10:00:00")), "control character"));
        cases.add(new Case("escape.txt", utf8(article("An escape \u001b[31m", "2025-02-13 10:00:00")), "control character"));
        cases.add(new Case("nul.txt", utf8("Title\u0000\n\n2025-02-13 10:00:00\n\nAbstract: x\n\nBody.\n"), "not a text file"));
        cases.add(new Case("latin1.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n', '\n'}, "UTF-8"));
        cases.add(new Case("huge-abstract.txt", utf8("T\n\n2025-02-13 10:00:00\n\nAbstract: " + "a".repeat(5000) + "\n\nB.\n"), "abstract"));
        cases.add(new Case("unbalanced.csv", utf8(HEADER + "S,\"Broken title,2025-01-01 10:00,x,y\n"), "quote"));
        cases.add(new Case("missing-column.csv", utf8("source,title,published_at,abstract\nS,T,2025-01-01 10:00,x\n"), "missing: body"));
        cases.add(new Case("short-row.csv", utf8(HEADER + "S,Short,2025-01-01 10:00\n"), "fields"));
        cases.add(new Case("bad-date.csv", utf8(HEADER + "S,Bad date,2025-02-30T10:00,x,y\n"), "not a real date"));
        cases.add(new Case("no-title.csv", utf8(HEADER + "S,,2025-01-01 10:00,x,y\n"), "title is empty"));
        cases.add(new Case("header-only.csv", utf8(HEADER), "no rows"));
        cases.add(new Case("object.json", utf8("{\"title\":\"Not in an array\"}"), "array of articles"));
        cases.add(new Case("wrong-type.json", utf8("[{\"source\":\"S\",\"title\":42,\"published_at\":\"2025-01-01T10:00Z\"}]"), "must be a string"));
        cases.add(new Case("body-number.json", utf8("[{\"source\":\"S\",\"title\":\"T\",\"published_at\":\"2025-01-01T10:00Z\",\"abstract\":\"a\",\"body\":7}]"), "body"));
        cases.add(new Case("broken.json", utf8("[{\"title\": \"unterminated"), "not valid JSON"));
        cases.add(new Case("empty.json", utf8("[]"), "no articles"));
        cases.add(new Case("scalar.json", utf8("[\"just text\"]"), "must be an object"));
        cases.add(new Case("traversal.zip", Uploads.zip(z -> z.add("../../evil.txt", utf8(article("Evil", "2025-01-01 10:00:00")))), "climbs out"));
        cases.add(new Case("absolute.zip", Uploads.zip(z -> z.add("/etc/cron.d/evil.txt", utf8(article("Abs", "2025-01-01 10:00:00")))), "absolute"));
        cases.add(new Case("many-entries.zip", Uploads.zip(z -> {
            for (int i = 0; i < 100_000; i++) {
                z.add("e" + i + ".txt", new byte[] {'x'});
            }
        }), "entries"));
        cases.add(new Case("ratio-bomb.zip", Uploads.zip(z -> z.add("zeros.txt", new byte[1024 * 1024], 50)), "compressed size"));
        cases.add(new Case("nested-bomb.zip", Uploads.nestedBomb(4, 8), "nested"));
        cases.add(new Case("empty.zip", Uploads.zip(z -> { }), "empty"));
        cases.add(new Case("truncated.zip", java.util.Arrays.copyOf(Uploads.zip(z -> z.add("a.txt", utf8(article("Z", "2025-01-01 10:00:00")))), 40), "damaged"));
        cases.add(new Case("billion-laughs.xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
                + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>"), "DOCTYPE"));
        cases.add(new Case("xxe.xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + RSS + "<item><title>&x;</title><pubDate>Thu, 13 Feb 2025 02:10:00 GMT</pubDate><description>&x;</description></item></channel></rss>"), "DOCTYPE"));
        cases.add(new Case("bad-date-atom.xml", utf8("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>a</id>"
                + "<updated>2025-02-13T02:10:00Z</updated><entry><title>E</title><id>e</id><updated>2025-13-45T99:00:00Z</updated>"
                + "<summary>S</summary></entry></feed>"), "not a valid date"));
        cases.add(new Case("no-items.xml", utf8(RSS + "</channel></rss>"), "no items"));
        cases.add(new Case("undated-item.xml", utf8(RSS + "<item><title>T</title><description>D</description></item></channel></rss>"), "no publication date"));
        cases.add(new Case("untitled-item.xml", utf8(RSS + "<item><pubDate>Thu, 13 Feb 2025 02:10:00 GMT</pubDate><description>D</description></item></channel></rss>"), "no title"));
        cases.add(new Case("page.html", utf8("<!doctype html><html><body><p>A web page</p></body></html>"), "not an RSS or Atom feed"));
        cases.add(new Case("not-a-feed.xml", utf8("<?xml version=\"1.0\"?><catalog><book>x</book></catalog>"), "not an RSS or Atom feed"));
        return cases;
    }

    @Test
    void everyBadInputIsRefusedWithItsReasonAndTheGoodFileBesideItIsImported() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 named bad inputs");
        Http script = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
        String source = "Bad Inputs " + UUID.randomUUID().toString().substring(0, 8);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case bad = cases.get(i);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(bad.file(), bad.content());
            files.put("companion.txt", utf8(article("Companion " + i + " " + source, "2025-03-01 10:00:00")));
            HttpResponse<String> answer = script.postFiles("/api/import", Map.of("source", source), files);
            String body = answer.body();
            String rejected = body.contains("\"rejected\":[") ? body.substring(body.indexOf("\"rejected\":[")) : "";
            String accepted = body.contains("\"accepted\":[") ? body.substring(body.indexOf("\"accepted\":["), body.indexOf("\"duplicates\"")) : "";
            if (answer.statusCode() != 200) {
                failures.add(bad.file() + ": answered " + answer.statusCode() + " " + cut(body));
            } else if (!rejected.contains("\"file\":\"" + bad.file()) || !rejected.contains(bad.because())) {
                failures.add(bad.file() + ": not rejected because of “" + bad.because() + "”: " + cut(rejected));
            } else if (!accepted.contains("companion.txt")) {
                failures.add(bad.file() + ": the good file beside it was not imported: " + cut(body));
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(http.get("/api/articles?q=evil").body().startsWith("{\"total\":0"), "nothing of a refused archive stored");
    }

    @Test
    void markupAndSqlInEveryFieldAreStoredAsTextAndShownEscaped() {
        Http script = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String hostile = "<script>alert('" + marker + "')</script><img src=x onerror=alert(1)> '; DROP TABLE article; --";
        String file = "Title " + hostile + "\n\n2025-03-02 10:00:00\n\nAbstract: " + hostile + "\n\nBody " + hostile + "\n";
        HttpResponse<String> answer = script.postFiles("/api/import", Map.of("source", "Hostile " + marker),
                Map.of("hostile.txt", utf8(file)));
        assertEquals(200, answer.statusCode(), answer.body());
        String slug = answer.body().split("\"slug\":\"")[1].split("\"")[0];

        String page = http.get("/articles/" + slug).body();
        assertTrue(!page.contains("<script>alert('" + marker) && !page.contains("<img src=x"), "never markup on the page");
        assertTrue(page.contains("&lt;script&gt;alert("), "shown as the text it is");
        assertEquals(200, http.get("/api/articles?q=" + marker).statusCode(), "the database and index are fine");
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
