package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.SearchRequest.Order;
import dev.gazette.persistence.search.SearchResult.Facet;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.persistence.testing.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-text search over a small fixed newsroom, indexed by Hibernate Search in memory. */
class ArticleSearchTest extends JpaTest {

    ArticleSearch search;

    @BeforeAll
    void newsroom() {
        publish("Courier", "Coffee prices climb", "2025-02-10 12:00:00",
                "Coffee growers say they will negotiate new contracts after a poor harvest.");
        publish("Herald", "Harbour negotiations resume", "2025-02-28 23:59:59",
                "Talks between the dock unions and the port authority started again on Friday.");
        publish("Herald", "Zelenskyy meets European leaders", "2025-03-01 00:00:00",
                "The leaders discussed a ceasefire and reconstruction funds.");
        publish("Courier", "Market report", "2025-01-15 08:00:00",
                "Fish prices fell at the market near the harbour as boats returned early.");
        publish("Courier", "Festival weekend", "2025-01-20 08:00:00",
                "The programme listed <script>alert('x')</script> next to the harbour festival fireworks.");
        publish("Courier", "Tea ceremony draws crowds", "2025-03-05 10:00:00",
                "Visitors tasted tea and biscuits at the ceremony.");
    }

    private void publish(String source, String title, String when, String body) {
        committedRun(em -> new Articles(em, new Sources(em)).publish(source,
                new ArticleFile(title, LocalDateTime.parse(when.replace(' ', 'T')), "About: " + title, List.of(body))));
    }

    @BeforeEach
    void searcher() {
        search = engine();
    }

    /** The search under test: on Lucene directly, as the embedded backend runs it. */
    ArticleSearch engine() {
        return new ArticleSearch(em);
    }

    private SearchResult find(String q) {
        return search.search(SearchRequest.of(q));
    }

    private List<String> titles(SearchResult result) {
        return result.hits().items().stream().map(hit -> hit.article().title()).toList();
    }

    @Test
    void searchesTheEmbeddedIndexWithLuceneDirectlyAndAClusterThroughHibernateSearch() {
        assertEquals(!TestDatabase.searchCluster(), LuceneSearch.of(em.getEntityManagerFactory(), null).isPresent());
    }

    @Test
    void ranksATitleMatchAboveASingleBodyMention() {
        List<String> titles = titles(find("harbour"));

        assertEquals("Harbour negotiations resume", titles.get(0));
        assertTrue(titles.containsAll(List.of("Market report", "Festival weekend")));
    }

    @Test
    void findsOtherFormsOfAWord() {
        assertTrue(titles(find("negotiations")).contains("Coffee prices climb"), "negotiations finds negotiate");
        assertTrue(titles(find("negotiate")).contains("Harbour negotiations resume"));
    }

    @Test
    void matchesExactPhrasesOnly() {
        assertEquals(List.of("Coffee prices climb"), titles(find("\"coffee growers\"")));
        assertEquals(List.of(), titles(find("\"growers coffee\"")));
        // Title, abstract and body are indexed together, but a phrase never runs from one into the next.
        assertEquals(List.of("Coffee prices climb"), titles(find("\"about coffee prices\"")));
        assertEquals(List.of(), titles(find("\"climb about\"")));
    }

    @Test
    void excludesWordsWithAMinus() {
        List<String> titles = titles(find("harbour -market"));

        assertFalse(titles.contains("Market report"));
        assertTrue(titles.contains("Harbour negotiations resume"));
    }

    @Test
    void findsEitherWordAroundOr() {
        assertEquals(List.of("Coffee prices climb", "Tea ceremony draws crowds"),
                titles(find("tea OR coffee")).stream().sorted().toList());
    }

    @Test
    void matchesPrefixes() {
        assertEquals(List.of("Tea ceremony draws crowds"), titles(find("cere*")));
    }

    @Test
    void restrictsToTitleOrSource() {
        assertEquals(List.of("Harbour negotiations resume"), titles(find("title:harbour")));
        assertEquals(List.of("Harbour negotiations resume", "Zelenskyy meets European leaders"),
                titles(find("source:herald")).stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cofee", "Zelensky", "negociations"})
    void toleratesTypos(String typo) {
        assertFalse(find(typo).hits().isEmpty(), typo);
    }

    @Test
    void toleratesATypoInEveryWord() {
        SearchResult result = find("harbur negociations");

        assertEquals(List.of("Harbour negotiations resume"), titles(result));
        assertEquals(1, result.hits().total());
    }

    @Test
    void countsSourcesUnderTheOtherFiltersAndMonthsUnderTheSource() {
        SearchResult result = search.search(new SearchRequest("harbour", "herald", null, null, Order.RELEVANCE, PageRequest.of(1)));

        assertEquals(List.of("Harbour negotiations resume"), titles(result));
        assertTrue(result.sources().contains(new Facet("courier", 2)), result.sources().toString());
        assertTrue(result.sources().contains(new Facet("herald", 1)));
        assertEquals(List.of(new Facet("2025-02", 1)), result.months());
    }

    @Test
    void countsANearMissUnderEveryFilterAsAnExactWord() {
        // "harbur" matches nothing as typed: the search tolerating typos runs its page and its three counts
        // (the source's facet without the source, the months' without the days) on the same near miss.
        SearchRequest typo = new SearchRequest("harbur", "herald", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28),
                Order.RELEVANCE, PageRequest.of(1));
        SearchResult result = search.search(typo);

        assertEquals(List.of("Harbour negotiations resume"), titles(result));
        assertEquals(1, result.hits().total());
        assertEquals(List.of(new Facet("herald", 1)), result.sources(), "Courier's harbour stories are from January");
        assertEquals(List.of(new Facet("2025-02", 1)), result.months(), "the Herald's harbour story, in any month");
        assertTrue(result.hits().items().get(0).title().contains("<mark>Harbour</mark>"));
    }

    @Test
    void includesTheWholeLastDayAndNothingOfTheNext() {
        SearchResult february = search.search(new SearchRequest("", null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 28), Order.NEWEST, PageRequest.of(1)));

        assertEquals(List.of("Harbour negotiations resume", "Coffee prices climb"), titles(february));
        assertTrue(february.months().contains(new Facet("2025-03", 2)), "months count without the date filter");
    }

    @Test
    void pagesThroughTheResultsAndPastTheEnd() {
        List<String> all = titles(search.search(new SearchRequest("", null, null, null, Order.NEWEST, new PageRequest(1, 6))));
        SearchResult second = search.search(new SearchRequest("", null, null, null, Order.NEWEST, new PageRequest(2, 2)));
        SearchResult beyond = search.search(new SearchRequest("", null, null, null, Order.NEWEST, new PageRequest(100_000, 100)));

        assertEquals(all.subList(2, 4), titles(second));
        assertEquals(6, second.hits().total());
        assertEquals(List.of(), titles(beyond));
        assertEquals(6, beyond.hits().total(), "a page past the end still counts every match");
    }

    @Test
    void sortsByDateWhenAsked() {
        SearchResult oldest = search.search(new SearchRequest("harbour", null, null, null, Order.OLDEST, PageRequest.of(1)));

        assertEquals("Market report", titles(oldest).get(0));
    }

    @Test
    void countsEveryArticleAsIndexedInTheCurrentFormat() {
        SearchIndex index = new SearchIndex();
        index.em = em;

        // Documents written in another format count as missing, which makes the start rebuild the index.
        assertArrayEquals(new long[] {6, 6}, index.counts());
    }

    @Test
    void highlightsMatchesInEscapedSnippets() {
        SearchResult.Hit hit = find("fireworks").hits().items().get(0);

        assertTrue(hit.snippet().contains("<mark>fireworks</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertFalse(hit.snippet().contains("<script>"));
        assertNull(hit.title(), "nothing to mark in the title");

        SearchResult.Hit inTitle = find("festival").hits().items().get(0);
        assertEquals("<mark>Festival</mark> weekend", inTitle.title());
        assertEquals("About: <mark>Festival</mark> weekend", inTitle.snippet(), "the abstract comes first");
    }

    @Test
    void suggestsASpellingThatWouldMatch() {
        SearchResult nothing = find("kofee");

        assertTrue(nothing.hits().isEmpty());
        assertEquals("coffee", nothing.suggestion());
        assertNull(find("coffee").suggestion());
    }

    @Test
    void suggestsASpellingForEveryWordAsTheArticlesWriteIt() {
        // Neither word is one typo away, so even the tolerant search finds nothing; two edits each, and the words
        // come back as written ("growers"), not as indexed ("grower").
        SearchResult nothing = find("kofee growrs");

        assertTrue(nothing.hits().isEmpty());
        assertEquals("coffee growers", nothing.suggestion());
        assertNull(find("zzxxqq").suggestion(), "nothing near, nothing suggested");
    }

    @Test
    void keepsTheWordsThatAreWrittenAsTypedInASuggestion() {
        assertEquals("negotiate coffee", find("negotiate kofee").suggestion());
        assertEquals("negotiations coffee", find("negotiations kofee").suggestion(), "not as another article writes it");
        // Both words are in articles, never in one: nothing to correct, so nothing suggested.
        SearchResult apart = find("fireworks biscuits");
        assertTrue(apart.hits().isEmpty());
        assertNull(apart.suggestion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "((", "title:", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "source:", "-", "*", "OR"})
    void answersBadQueriesWithoutFailing(String q) {
        assertDoesNotThrow(() -> find(q));
    }

    @Test
    void answersAHugeQueryWithoutFailing() {
        assertDoesNotThrow(() -> find("harbour ".repeat(1250)));
    }
}
