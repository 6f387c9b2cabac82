package dev.gazette.persistence.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.settings.Database;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.persistence.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticlesTest extends JpaTest {

    private Articles articles;
    private Sources sources;

    @BeforeEach
    void repositories() {
        sources = new Sources(em);
        articles = new Articles(em, sources);
    }

    private static ArticleFile story(String title, String when, String... paragraphs) {
        return new ArticleFile(title, LocalDateTime.parse(when.replace(' ', 'T')), "Abstract of " + title,
                paragraphs.length == 0 ? List.of("Body of " + title + ".") : List.of(paragraphs));
    }

    private List<String> slugs(Page<Article> page) {
        return page.items().stream().map(Article::slug).toList();
    }

    @Test
    void publishesAnArticleUnderANewSourceReadInUtc() {
        Outcome outcome = articles.publish("Harbour Courier", story("Bridge reopens", "2025-02-13 02:10:00"));

        assertFalse(outcome.duplicate());
        assertEquals("bridge-reopens", outcome.slug());
        Article stored = articles.bySlug("bridge-reopens").orElseThrow();
        assertEquals(Instant.parse("2025-02-13T02:10:00Z"), stored.publishedAt());
        assertEquals("Harbour Courier", stored.source().name());
    }

    @Test
    void readsTimestampsInTheSourcesTimeZone() {
        sources.add(new Source("Tokyo Times", ZoneId.of("Asia/Tokyo")));
        articles.publish("Tokyo Times", story("Cherry blossoms early", "2025-03-20 09:00:00"));

        assertEquals(Instant.parse("2025-03-20T00:00:00Z"),
                articles.bySlug("cherry-blossoms-early").orElseThrow().publishedAt());
    }

    @Test
    void knowsTheNameOfASourceAddedAMomentAgo() {
        assertFalse(sources.names().containsKey("lagos-ledger"));

        articles.publish("Lagos Ledger", story("Market day", "2025-04-01 08:00:00"));

        assertEquals("Lagos Ledger", sources.names().get("lagos-ledger"), "kept names are forgotten on an addition");
    }

    @Test
    void reportsTheSameStoryTwiceAsADuplicate() {
        Outcome first = articles.publish("Courier", story("Storm warning", "2025-01-01 10:00:00"));
        Outcome second = articles.publish("Courier", story("Storm warning", "2025-01-01 10:00:00"));

        assertTrue(second.duplicate());
        assertEquals(first.slug(), second.slug());
        assertEquals(1, articles.count());
    }

    @Test
    void looksAnUploadsTitlesUpInTheTitlesIndex() {
        // The query Articles.storedStories makes, answered from the title's index (V4): through the source's index, H2
        // compared every article of the source with every title of the upload (half of an import at 1M articles).
        articles.publish("Courier", story("Storm warning", "2025-01-01 10:00:00"));
        // Enough articles of the source for the database to weigh its indexes rather than read a small table whole.
        em.flush();
        boolean postgres = TestDatabase.chosen() == Database.POSTGRESQL;
        em.createNativeQuery("insert into article (title, slug, published_at, summary, body, source_id, created_at,"
                + " updated_at, version) select 'Story ' || x, 'story-' || x, current_timestamp, 'About it', 'Body',"
                + " (select min(id) from source), current_timestamp, current_timestamp, 0 from "
                + (postgres ? "generate_series(1, 5000) as x" : "system_range(1, 5000)"))
                .executeUpdate();
        if (postgres) {
            em.createNativeQuery("analyze article").executeUpdate();
        }
        List<?> plan = em.createNativeQuery("explain select title, published_at, slug, source_id from article"
                + " where title in ('Storm warning', 'Story 42')").getResultList();

        String described = plan.toString().toLowerCase(Locale.ROOT);
        assertTrue(described.contains(postgres ? "ix_article_title" : "ix_article_title: title in("), described);
    }

    @Test
    void givesTheSameTitleAtAnotherTimeAFreshSlug() {
        articles.publish("Courier", story("Storm warning", "2025-01-01 10:00:00"));
        Outcome later = articles.publish("Courier", story("Storm warning", "2025-01-02 10:00:00"));
        Outcome elsewhere = articles.publish("Gazette of Elsewhere", story("Storm warning", "2025-01-01 10:00:00"));

        assertFalse(later.duplicate());
        assertFalse(elsewhere.duplicate());
        assertEquals("storm-warning-2", later.slug());
        assertEquals("storm-warning-3", elsewhere.slug());
    }

    @Test
    void listsTheLatestFirstTwentyAPage() {
        for (int day = 1; day <= 25; day++) {
            articles.publish("Courier", story("Day " + day, String.format("2025-01-%02d 08:00:00", day)));
        }

        Page<Article> first = articles.latest(PageRequest.of(1));
        Page<Article> second = articles.latest(PageRequest.of(2));

        assertEquals(25, first.total());
        assertEquals(20, first.items().size());
        assertEquals("day-25", first.items().get(0).slug());
        assertEquals(List.of("day-5", "day-4", "day-3", "day-2", "day-1"), slugs(second));
        assertTrue(first.hasNext());
        assertFalse(second.hasNext());
        assertEquals(2, second.totalPages());
    }

    @Test
    void findsArticlesOfOneSource() {
        articles.publish("Courier", story("Courier one", "2025-01-01 08:00:00"));
        articles.publish("Herald", story("Herald one", "2025-01-02 08:00:00"));
        Source courier = sources.byName("Courier").orElseThrow();

        assertEquals(List.of("courier-one"), slugs(articles.bySource(courier, PageRequest.of(1))));
    }

    @Test
    void filtersByKeywordInTitleAbstractOrBodyIgnoringCase() {
        articles.publish("Courier", story("Harbour news", "2025-01-01 08:00:00", "Ships came in."));
        articles.publish("Courier", story("Market report", "2025-01-02 08:00:00", "Prices of FISH rose."));
        articles.publish("Courier", story("Weather", "2025-01-03 08:00:00", "Rain."));

        assertEquals(List.of("harbour-news"), slugs(articles.filter(new ArticleFilter("harbour", null, null, null), PageRequest.of(1))));
        assertEquals(List.of("market-report"), slugs(articles.filter(new ArticleFilter("fish", null, null, null), PageRequest.of(1))));
        assertEquals(List.of("weather"), slugs(articles.filter(new ArticleFilter("abstract WEATHER", null, null, null), PageRequest.of(1))));
    }

    @Test
    void treatsLikeWildcardsAndQuotesAsPlainText() {
        articles.publish("Courier", story("Rates up 5%", "2025-01-01 08:00:00"));
        articles.publish("Courier", story("Rates up 50", "2025-01-02 08:00:00"));

        assertEquals(List.of("rates-up-5"), slugs(articles.filter(new ArticleFilter("5%", null, null, null), PageRequest.of(1))));
        assertTrue(articles.filter(new ArticleFilter("' OR 1=1 --", null, null, null), PageRequest.of(1)).isEmpty());
    }

    @Test
    void includesWholeDaysAtBothEndsOfADateRange() {
        articles.publish("Courier", story("Before", "2025-01-09 23:59:59"));
        articles.publish("Courier", story("First moment", "2025-01-10 00:00:00"));
        articles.publish("Courier", story("Last moment", "2025-01-12 23:59:59"));
        articles.publish("Courier", story("After", "2025-01-13 00:00:00"));

        Page<Article> range = articles.filter(
                new ArticleFilter(null, null, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 12)), PageRequest.of(1));

        assertEquals(List.of("last-moment", "first-moment"), slugs(range));
    }

    @Test
    void combinesKeywordSourceAndDates() {
        articles.publish("Courier", story("Harbour one", "2025-01-05 08:00:00"));
        articles.publish("Herald", story("Harbour two", "2025-01-05 09:00:00"));
        articles.publish("Herald", story("Harbour three", "2025-02-05 09:00:00"));

        Page<Article> page = articles.filter(
                new ArticleFilter("harbour", "herald", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), PageRequest.of(1));

        assertEquals(List.of("harbour-two"), slugs(page));
        assertEquals(1, page.total());
    }

    @Test
    void publishesManyInOneGoReportingDuplicatesAlsoWithinTheBatch() {
        articles.publish("Courier", story("Already there", "2025-01-01 08:00:00"));

        List<Outcome> outcomes = articles.publishAll("Courier", List.of(
                story("Already there", "2025-01-01 08:00:00"),
                story("New one", "2025-01-02 08:00:00"),
                story("New one", "2025-01-02 08:00:00"),
                story("New one", "2025-01-03 08:00:00")), new IndexingBatch(em.getEntityManagerFactory()));

        assertEquals(List.of(true, false, true, false), outcomes.stream().map(Outcome::duplicate).toList());
        assertEquals(List.of("already-there", "new-one", "new-one", "new-one-2"),
                outcomes.stream().map(Outcome::slug).toList());
        assertEquals(3, articles.count());
    }

    @Test
    void restoresAnotherPortalsArticlesWithTheirSlugsAndNeverOverAnotherStorysAddress() {
        Source courier = sources.named("Courier", ZoneId.of("UTC"));
        articles.publish("Courier", story("Storm warning", "2025-01-01 10:00:00"));
        Instant noon = Instant.parse("2025-01-05T12:00:00Z");
        IndexingBatch batch = new IndexingBatch(em.getEntityManagerFactory());

        List<Outcome> outcomes = articles.restoreAll(List.of(
                new Article(courier, "storm-warning-7", "Storm warning again", noon, "About it", List.of("Body.")),
                new Article(courier, "storm-warning", "Another title", noon, "About it", List.of("Body.")),
                new Article(courier, "same-story-new-slug", "Storm warning",
                        Instant.parse("2025-01-01T10:00:00Z"), "About it", List.of("Body."))), batch);

        assertEquals(List.of(Outcome.Kind.PUBLISHED, Outcome.Kind.ADDRESS_TAKEN, Outcome.Kind.DUPLICATE),
                outcomes.stream().map(Outcome::kind).toList());
        assertEquals("Storm warning again", articles.bySlug("storm-warning-7").orElseThrow().title(), "the slug kept");
        assertEquals("Storm warning", articles.bySlug("storm-warning").orElseThrow().title(), "nothing overwritten");
        assertTrue(articles.bySlug("same-story-new-slug").isEmpty());
        assertEquals(List.of("storm-warning-7"), articles.after(articles.bySlug("storm-warning").orElseThrow().id(), articles.lastId(), 10)
                .stream().map(Article::slug).toList());
    }
}
