package dev.gazette.web.imports.formats;

import static dev.gazette.web.imports.formats.Archives.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every format, read as an upload's files are: good items become articles, bad ones say why, nothing throws. */
class FormatsTest {

    private static final ImportLimits LIMITS = new ImportLimits(2 * 1024 * 1024, 64L * 1024 * 1024, 100_000,
            10_000, 256L * 1024 * 1024, 100, 2);
    private static final String ARTICLE = "Bridge reopens\n\n2025-02-13 02:10:00\n\nAbstract: The bridge is open.\n\nFirst.\n\nSecond.\n";

    private static List<ImportItem> read(String name, byte[] content) {
        return new Formats(LIMITS).read(name, content);
    }

    private static ImportItem one(String name, byte[] content) {
        List<ImportItem> items = read(name, content);
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static void rejected(String name, byte[] content, String because) {
        ImportItem item = one(name, content);
        assertTrue(item.isRejected(), name + " should be rejected");
        assertTrue(item.reason().contains(because), item.reason());
    }

    @Test
    void aPlainTextArticleFileIsReadForTheChosenSource() {
        ImportItem item = one("a.txt", text(ARTICLE));
        assertFalse(item.isRejected());
        assertEquals("Bridge reopens", item.file().title());
        assertEquals("Courier", item.sourceGiven("Courier"));
        assertNull(item.sourceGiven(null));
    }

    @Test
    void csvRowsAreItemsWithTheirOwnSourceAndTimeWithOrWithoutOffset() {
        String csv = "source,title,published_at,abstract,body\n"
                + "Herald,\"Rates rise, again\",2025-02-13T02:10:00+01:00,Rates up.,\"First paragraph.\n\nSecond, \"\"quoted\"\".\"\n"
                + "Herald,Snow,2025-02-14 08:00,Snow fell.,One.\n"
                + ",No source row,2025-02-14 09:00,x,y\n";
        List<ImportItem> items = read("list.csv", text(csv));
        assertEquals(List.of("list.csv#1", "list.csv#2", "list.csv#3"), items.stream().map(ImportItem::name).toList());
        ImportItem first = items.get(0);
        assertEquals("Rates rise, again", first.file().title());
        assertEquals(List.of("First paragraph.", "Second, \"quoted\"."), first.file().paragraphs());
        assertEquals(Instant.parse("2025-02-13T01:10:00Z"), first.instant());
        assertEquals("Herald", first.sourceGiven("Chosen"), "the row's source wins");
        assertEquals(LocalDateTime.parse("2025-02-14T08:00"), items.get(1).localTimeIn(ZoneId.of("Asia/Tokyo")));
        assertEquals("Chosen", items.get(2).sourceGiven("Chosen"), "a row without one takes the chosen source");
    }

    @Test
    void badCsvIsReportedRowByRowOrAsAWhole() {
        rejected("missing.csv", text("source,title,published_at,abstract\nA,B,2025-01-01 10:00,C\n"), "missing: body");
        List<ImportItem> unbalanced = read("broken.csv", text("source,title,published_at,abstract,body\n"
                + "A,Good,2025-01-01 10:00,x,y\nA,\"Broken,2025-01-01 11:00,x,y\nA,Lost,2025-01-01 12:00,x,y\n"));
        assertFalse(unbalanced.get(0).isRejected());
        assertTrue(unbalanced.get(1).isRejected() && unbalanced.get(1).reason().contains("quote"), unbalanced.toString());
        List<ImportItem> rows = read("rows.csv", text("source,title,published_at,abstract,body\n"
                + "A,Short row,2025-01-01 10:00\nA,Bad date,2025-02-30 10:00,x,y\nA,,2025-01-01 10:00,x,y\n"));
        assertTrue(rows.get(0).reason().contains("fields"), rows.get(0).reason());
        assertTrue(rows.get(1).reason().contains("not a real date"), rows.get(1).reason());
        assertTrue(rows.get(2).reason().contains("title"), rows.get(2).reason());
    }

    @Test
    void jsonIsAnArrayOfArticlesWithABodyAsTextOrParagraphs() {
        String json = "[{\"source\":\"Herald\",\"title\":\"One\",\"published_at\":\"2025-02-13T02:10:00Z\",\"abstract\":\"A\","
                + "\"body\":[\"P1\",\"P2\"]},{\"source\":\"Herald\",\"title\":\"Two\",\"published_at\":\"2025-02-13 03:00\","
                + "\"abstract\":\"B\",\"body\":\"P1\\n\\nP2\"},{\"title\":5},\"text\"]";
        List<ImportItem> items = read("list.json", text(json));
        assertEquals(List.of("P1", "P2"), items.get(0).file().paragraphs());
        assertEquals(List.of("P1", "P2"), items.get(1).file().paragraphs());
        assertTrue(items.get(2).reason().contains("“title” must be a string"), items.get(2).reason());
        assertTrue(items.get(3).isRejected());
        rejected("object.json", text("{\"title\":\"x\"}"), "array of articles");
        rejected("broken.json", text("[{\"title\":"), "not valid JSON");
    }

    @Test
    void feedItemsBecomePlainTextArticlesOfTheFeedsSource() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coast &amp; Co</title><link>https://c.example</link>"
                + "<description>d</description><item><title>Tide &lt;b&gt;high&lt;/b&gt;</title><pubDate>Thu, 13 Feb 2025 02:10:00 GMT</pubDate>"
                + "<description>&lt;p&gt;The tide.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p onclick=\"x()\"&gt;Second.&lt;/p&gt;</description>"
                + "</item><item><title>No date</title><description>x</description></item></channel></rss>";
        List<ImportItem> items = read("feed.xml", text(rss));
        ImportItem tide = items.get(0);
        assertEquals("feed.xml#1", tide.name());
        assertEquals("Tide high", tide.file().title());
        assertEquals(List.of("The tide.", "Second."), tide.file().paragraphs());
        assertEquals("Coast & Co", tide.sourceGiven(null));
        assertEquals("Chosen", tide.sourceGiven("Chosen"), "a chosen source wins over the feed's title");
        assertEquals(Instant.parse("2025-02-13T02:10:00Z"), tide.instant());
        assertTrue(items.get(1).reason().contains("publication date"));

        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Desk</title><id>x</id>"
                + "<updated>2025-02-13T02:10:00Z</updated><entry><title>Bad date</title><id>e</id><updated>2025-13-45T99:00:00Z</updated>"
                + "<summary>S</summary></entry><entry><title>Good</title><id>f</id><updated>2025-02-13T02:10:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</content><summary>S</summary></entry></feed>";
        List<ImportItem> entries = read("atom.xml", text(atom));
        assertTrue(entries.get(0).isRejected(), "an invalid date is no date");
        assertEquals(List.of("Body"), entries.get(1).file().paragraphs());
    }

    @Test
    void feedsWithADoctypeAreRefusedSoThatNoEntityIsExpandedNorAFileRead() {
        rejected("laughs.xml", text("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>"), "DOCTYPE");
        rejected("xxe.xml", text("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title></item></channel></rss>"), "DOCTYPE");
        rejected("notafeed.xml", text("<html><body>hello</body></html>"), "not an RSS or Atom feed");
    }

    @Test
    void zipEntriesAreReadByTheirOwnFormatAndNamedInsideTheArchive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("dir/a.txt", text(ARTICLE));
        entries.put("list.csv", text("source,title,published_at,abstract,body\nHerald,Row,2025-01-01 10:00,x,y\n"));
        entries.put("../../evil.txt", text(ARTICLE));
        entries.put("/etc/passwd", text(ARTICLE));
        entries.put("__MACOSX/._a.txt", text("junk"));
        List<ImportItem> items = read("archive.zip", Archives.zip(entries));
        assertEquals(List.of("archive.zip!/dir/a.txt", "archive.zip!/list.csv#1", "archive.zip!/../../evil.txt",
                "archive.zip!//etc/passwd"), items.stream().map(ImportItem::name).toList());
        assertFalse(items.get(0).isRejected());
        assertTrue(items.get(2).reason().contains("climbs out"));
        assertTrue(items.get(3).reason().contains("absolute"));
    }

    @Test
    void hostileArchivesAreRefusedAsAWholeBeforeFillingTheMemory() {
        rejected("many.zip", Archives.manyEntries(100_000), "more than 10000 entries");
        rejected("bomb.zip", Archives.bomb(50), "times its compressed size");
        rejected("42.zip", Archives.nested(4, 4), "nested");
        rejected("empty.zip", Archives.zip(Map.of()), "empty");
        rejected("damaged.zip", java.util.Arrays.copyOf(Archives.zip(Map.of("a.txt", text(ARTICLE))), 30), "damaged");
    }

    @Test
    void binaryEmptyOversizedAndControlCharactersAreRejectedWithTheirReason() {
        rejected("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "not a text file");
        rejected("empty.txt", new byte[0], "empty");
        rejected("big.txt", text("x".repeat(3 * 1024 * 1024)), "larger than");
        rejected("bell.txt", text("Title \u0007 bell\n\n2025-02-13 02:10:00\n\nAbstract: x\n\nBody.\n"), "control character");
        rejected("long.txt", text("T".repeat(5000) + "\n\n2025-02-13 02:10:00\n\nAbstract: x\n\nBody.\n"), "longer than");
        rejected("feb30.txt", text("T\n\n2025-02-30 10:00:00\n\nAbstract: x\n\nBody.\n"), "not a real date");
        rejected("latin1.csv", new byte[] {'s', 'o', 'u', 'r', 'c', 'e', ',', 't', (byte) 0xE9, '\n'}, "UTF-8");
    }

    @Test
    void anUploadOverTheItemLimitIsRefusedAsAWhole() {
        Formats formats = new Formats(new ImportLimits(2 * 1024 * 1024, 64L * 1024 * 1024, 2, 10_000, 256L << 20, 100, 2));
        String csv = "source,title,published_at,abstract,body\nA,1,2025-01-01 10:00,x,y\nA,2,2025-01-01 10:00,x,y\nA,3,2025-01-01 10:00,x,y\n";
        assertThrows(Formats.TooManyItems.class, () -> formats.read("list.csv", text(csv)));
    }
}
