package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Feeds as a feed reader reads them, sitemaps as a search engine does, sharing metadata, validators, compression. */
class ReaderExperienceIT extends GazetteIT {

    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final String TELESCOPE = "/articles/meridian-space-telescope-lifts-off-on-its-way-to-deep-orbit";

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> answer = http.get(path);
        assertEquals(200, answer.statusCode(), path);
        return new SyndFeedInput().build(new StringReader(answer.body()));
    }

    @Test
    void theLatestNewsIsAnAtomAndAnRssFeedWithEveryRequiredElement() throws Exception {
        SyndFeed atom = feed("/feeds/latest.atom");
        SyndFeed rss = feed("/feeds/latest.rss");

        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("rss_2.0", rss.getFeedType());
        for (SyndFeed feed : List.of(atom, rss)) {
            assertEquals("Gazette: the latest news", feed.getTitle());
            assertTrue(feed.getLink().startsWith(http.base()), feed.getLink());
            assertFalse(feed.getEntries().isEmpty());
            for (SyndEntry entry : feed.getEntries()) {
                assertTrue(entry.getLink().startsWith(http.base() + "/articles/"), "a permalink: " + entry.getLink());
                assertTrue(entry.getPublishedDate() != null, "published");
                assertFalse(entry.getDescription().getValue().isBlank(), "the abstract");
                assertFalse(entry.getAuthor().isBlank(), "the source");
            }
            List<SyndEntry> entries = feed.getEntries();
            for (int i = 1; i < entries.size(); i++) {
                assertFalse(entries.get(i).getPublishedDate().after(entries.get(i - 1).getPublishedDate()), "newest first");
            }
        }
        assertTrue(atom.getUri().startsWith(http.base()), "an Atom feed has an id");
        assertTrue(atom.getEntries().get(0).getUpdatedDate() != null, "and its entries their last change");
        assertEquals(atom.getEntries().get(0).getLink(), atom.getEntries().get(0).getUri(), "the permalink is the id");
    }

    @Test
    void aSourceAndASearchHaveTheirOwnFeedsLinkedFromTheirPages() throws Exception {
        SyndFeed courier = feed("/feeds/sources/the-harbour-courier.atom");
        assertTrue(courier.getEntries().size() >= 3);
        assertTrue(courier.getEntries().stream().allMatch(e -> e.getAuthor().equals("The Harbour Courier")));

        SyndFeed search = feed("/feeds/search.rss?q=telescope&source=Alpine+Morning+Post");
        assertEquals(List.of("Astronomers Cheer as the Meridian Telescope Reaches Space"),
                search.getEntries().stream().map(SyndEntry::getTitle).toList());

        String searchPage = http.get("/search?q=telescope").body();
        assertTrue(searchPage.contains("rel=\"alternate\" type=\"application/atom+xml\""), "discoverable");
        assertTrue(searchPage.contains("href=\"/feeds/search.atom?q=telescope\""), searchPage);
        assertTrue(http.get("/sources/the-harbour-courier").body().contains("href=\"/feeds/sources/the-harbour-courier.atom\""));
        assertEquals(404, http.get("/feeds/sources/no-such-source.atom").statusCode());
        assertEquals(404, http.get("/feeds/latest.json").statusCode());
    }

    @Test
    void theSitemapListsEveryPublishedArticleAndAWithdrawnOneLeavesItAndTheFeeds() throws Exception {
        Http editor = Gazette.client(url).basic(Accounts.create(http, "editor"), Accounts.PASSWORD);
        String title = "Sitemap lighthouse keeper " + UUID.randomUUID().toString().substring(0, 8);
        String file = title + "\n\n2026-11-30 08:30:00\n\nAbstract: About the " + title + ".\n\nA paragraph about "
                + title + " alone.\n";
        HttpResponse<String> imported = editor.postFiles("/api/import", Map.of("source", "Sitemap Desk"),
                Map.of("a.txt", file.getBytes(StandardCharsets.UTF_8)));
        Matcher slug = SLUG.matcher(imported.body());
        assertTrue(slug.find(), imported.body());
        String address = http.base() + "/articles/" + slug.group(1);

        List<String> listed = sitemapLocations();
        assertTrue(listed.contains(address), "a new article is in the sitemap at once");
        assertTrue(listed.contains(http.base() + TELESCOPE));
        assertTrue(feed("/feeds/sources/sitemap-desk.atom").getEntries().stream().anyMatch(e -> e.getTitle().equals(title)));

        assertEquals(200, editor.json("POST", "/api/articles/" + slug.group(1) + "/unpublish", null).statusCode());

        assertFalse(sitemapLocations().contains(address), "withdrawn: not listed");
        assertTrue(feed("/feeds/sources/sitemap-desk.atom").getEntries().isEmpty(), "nor in its source's feed");
        assertTrue(feed("/feeds/latest.atom").getEntries().stream().noneMatch(e -> e.getTitle().equals(title)));
        String robots = http.get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + http.base() + "/sitemap.xml"), robots);
        assertTrue(robots.contains("Disallow: /admin") && robots.contains("Disallow: /feeds/search"), robots);
    }

    private List<String> sitemapLocations() throws Exception {
        HttpResponse<String> sitemap = http.get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(sitemap.body())));
        assertEquals("urlset", document.getDocumentElement().getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", document.getDocumentElement().getNamespaceURI());
        NodeList locations = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            found.add(locations.item(i).getTextContent());
        }
        assertEquals(found.size(), document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod").getLength());
        return found;
    }

    @Test
    void anArticlePageTellsSharingCardsAndSearchEnginesWhatItIs() {
        String page = http.get(TELESCOPE).body();

        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + http.base() + TELESCOPE + "\">"), "canonical");
        assertTrue(page.contains("<meta property=\"og:title\" content=\"Meridian Space Telescope Lifts Off on Its Way to Deep Orbit\">"));
        assertTrue(page.contains("<meta property=\"og:type\" content=\"article\">"));
        assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assertTrue(page.contains("min read"), "reading time");
        Matcher jsonLd = JSON_LD.matcher(page);
        assertTrue(jsonLd.find(), "JSON-LD");
        JsonObject article = Json.createReader(new StringReader(jsonLd.group(1))).readObject();
        assertEquals("NewsArticle", article.getString("@type"));
        assertEquals("Meridian Space Telescope Lifts Off on Its Way to Deep Orbit", article.getString("headline"));
        assertTrue(article.getString("datePublished").startsWith("2026-11-17T07:05"), article.toString());
        assertEquals("The Harbour Courier", article.getJsonObject("publisher").getString("name"));
        assertTrue(page.contains("Related articles") && page.contains("Astronomers Cheer as the Meridian Telescope Reaches Space"),
                "the same launch told by another source is related");
    }

    @Test
    void readerPagesAnswerNotModifiedUntilTheSiteChanges() {
        for (String path : List.of("/", TELESCOPE, "/sources/the-harbour-courier", "/sources", "/feeds/latest.atom",
                "/sitemap.xml", "/search?q=telescope")) {
            HttpResponse<String> first = http.get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            String date = first.headers().firstValue("Last-Modified").orElseThrow();
            assertTrue(tag.startsWith("W/\""), tag);
            HttpResponse<String> again = http.get(path, Map.of("If-None-Match", tag));
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(304, http.get(path, Map.of("If-Modified-Since", date)).statusCode(), path);
            assertEquals(200, http.get(path, Map.of("If-None-Match", "W/\"0-stale\"")).statusCode(), path);
        }
        HttpResponse<String> before = http.get("/");
        Http editor = Gazette.client(url).basic(Accounts.create(http, "editor"), Accounts.PASSWORD);
        String title = "Validator news " + UUID.randomUUID().toString().substring(0, 8);
        editor.postFiles("/api/import", Map.of("source", "Validator Desk"), Map.of("v.txt",
                (title + "\n\n" + java.time.LocalDate.now().plusDays(1) + " 08:00:00\n\nAbstract: Newest of all, " + title + ".\n\nBody of " + title + ".\n")
                        .getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> after = http.get("/", Map.of("If-None-Match", before.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, after.statusCode(), "a change makes a new edition");
        assertTrue(after.body().contains(title), "shown at once on the node that made it");
    }

    @Test
    void textIsCompressedAndFingerprintedFilesAreKeptForAYear() throws Exception {
        HttpResponse<byte[]> home = http.getBytes("/", Map.of("Accept-Encoding", "gzip"));
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""));
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(home.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("Latest news"));

        Matcher stylesheet = Pattern.compile("href=\"(/static/gazette\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        assertTrue(stylesheet.find(), "a fingerprinted stylesheet");
        HttpResponse<String> css = http.get(stylesheet.group(1));
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("public, max-age=3600", http.get("/static/gazette.css").headers().firstValue("Cache-Control").orElse(""));
        Matcher script = Pattern.compile("src=\"(/static/reader\\.[0-9a-f]{10}\\.js)\"").matcher(html);
        assertTrue(script.find(), "the reader's script, as a file");
        assertTrue(http.get(script.group(1)).headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        HttpResponse<String> otherVersion = http.get("/static/gazette.0000000000.css");
        assertEquals(200, otherVersion.statusCode(), "another version's fingerprint during a rolling deploy: this file");
        assertEquals("no-cache", otherVersion.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, http.get("/static/nothing.css").statusCode());
    }

    @Test
    void aLoggedInEditorsPagesAreMadeForThemAndNeverShared() {
        Http editor = Gazette.client(url).login(Accounts.create(http, "editor"), Accounts.PASSWORD);
        HttpResponse<String> home = editor.get("/");

        assertTrue(home.body().contains("Log out"));
        assertEquals("private, no-cache", home.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(home.headers().firstValue("ETag").isEmpty());
        assertFalse(http.get("/").body().contains("Log out"), "a reader never gets the editor's page");
    }

    @Test
    void everyReaderPageNamesItsOwnCanonicalAddress() {
        assertTrue(http.get("/sources?q=ledger&page=2").body().contains(
                "<link rel=\"canonical\" href=\"" + http.base() + "/sources?q=ledger&amp;page=2\">"));
        assertTrue(http.get("/sources/the-harbour-courier?page=2").body().contains(
                "<link rel=\"canonical\" href=\"" + http.base() + "/sources/the-harbour-courier?page=2\">"));
        assertTrue(http.get("/search?q=telescope").body().contains(
                "<link rel=\"canonical\" href=\"" + http.base() + "/search?q=telescope\">"));
    }

    @Test
    void sourcesArePagedAlphabeticallyAndFiltered() {
        String ledger = http.get("/sources?q=ledger").body();
        assertTrue(ledger.contains("Lakeside Ledger"));
        assertFalse(ledger.contains("Alpine Morning Post"));
        String all = http.get("/sources").body();
        assertTrue(all.indexOf("Alpine Morning Post") < all.indexOf("Lakeside Ledger"), "alphabetical");
        assertEquals(200, http.get("/sources?q=%3Cscript%3E&page=abc").statusCode());
    }
}
