package dev.gazette.persistence.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.search.RelatedArticles;
import dev.gazette.persistence.search.SearchRequest;
import dev.gazette.persistence.search.SearchResult;
import dev.gazette.persistence.sources.Sources;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each reader page asks the database, counted: a fixed few statements, however many articles and sources the
 * page shows (no query per article for its source, the N+1 that makes a list slow).
 */
class ReaderQueriesTest extends JpaTest {

    private static final int SOURCES = 12;

    @BeforeAll
    void newsroom() {
        for (int i = 0; i < 40; i++) {
            int n = i;
            committedRun(em -> new Articles(em, new Sources(em)).publish("Counted Source " + (n % SOURCES),
                    new ArticleFile("Counted harbour story number " + n, LocalDateTime.of(2026, 4, 1, 8, 0).plusHours(n),
                            "The abstract of counted harbour story " + n + ".",
                            List.of("Counted harbour paragraph of story " + n + " about the quay, the cranes and the tide."))));
        }
    }

    /** Statements run by the work, with every source of the articles it returns read as a page would. */
    private long statements(int atLeast, Supplier<List<Article>> work) {
        em.clear();
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<Article> shown = work.get();
        assertTrue(shown.size() >= atLeast, "a page of several articles: " + shown.size());
        shown.forEach(article -> article.source().name());
        return statistics.getPrepareStatementCount();
    }

    private Articles articles() {
        return new Articles(em, new Sources(em));
    }

    @Test
    void theFrontPageAndASourcePageAreAListAndACount() {
        assertEquals(2, statements(20, () -> articles().latest(PageRequest.of(1)).items()), "page and count");
        Source source = new Sources(em).bySlug("counted-source-3").orElseThrow();
        assertEquals(2, statements(3, () -> articles().bySource(source, PageRequest.of(1)).items()), "page and count");
    }

    @Test
    void anArticlePageIsTheArticleAndItsRelatedOnesInOneQuery() {
        assertEquals(1, statements(1, () -> List.of(articles().bySlug("counted-harbour-story-number-7").orElseThrow())),
                "the article with its source");
        Article article = articles().bySlug("counted-harbour-story-number-7").orElseThrow();
        assertEquals(1, statements(RelatedArticles.MAX, () -> new RelatedArticles(em).of(article)),
                "related articles and their sources");
    }

    @Test
    void aSearchPageIsOneQueryForItsArticlesAndTheirSources() {
        long count = statements(20, () -> {
            SearchResult result = new ArticleSearch(em).search(SearchRequest.of("harbour"));
            return result.hits().items().stream().map(SearchResult.Hit::article).toList();
        });
        assertEquals(1, count);
    }

    @Test
    void theSourcesPageAndTheSitemapAreAPageAndACount() {
        em.clear();
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Page<Source> sources = new Sources(em).named("counted", new PageRequest(1, 50));
        sources.items().forEach(Source::name);
        assertEquals(SOURCES, sources.items().size());
        assertEquals(2, statistics.getPrepareStatementCount());
        statistics.clear();
        assertEquals(40, articles().addresses(0, 50_000).size());
        assertEquals(1, statistics.getPrepareStatementCount());
    }
}
