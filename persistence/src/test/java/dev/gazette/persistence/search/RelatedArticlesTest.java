package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Related articles by content, on the embedded index and (in the module's OpenSearch run) on the search cluster. */
class RelatedArticlesTest extends JpaTest {

    @BeforeAll
    void newsroom() {
        publish("Tide Courier", "Tidal turbines start feeding the island grid", "2026-03-02T09:00",
                "The first tidal turbines off the island began feeding the grid, engineers said, after months of"
                        + " trials of the turbine blades in strong currents.");
        publish("Harbour Herald", "Island grid takes power from tidal turbines", "2026-03-03T10:00",
                "Engineers connected tidal turbines to the island grid; the turbine blades withstood the currents.");
        publish("Tide Courier", "Tidal turbine blades survive winter currents", "2026-03-05T08:00",
                "Inspections found the turbine blades intact after the winter currents, engineers of the tidal"
                        + " project said, and the grid connection held.");
        publish("Harbour Herald", "Tidal turbines of last year", "2026-05-20T08:00",
                "Engineers looked back at tidal turbines, turbine blades, currents and the island grid.");
        publish("Valley Post", "Bakery wins a bread prize", "2026-03-03T12:00",
                "A village bakery won the regional prize for its rye bread and sourdough loaves.");
        publish("Valley Post", "Village bakery opens a second shop", "2026-03-04T12:00",
                "After its prize for rye bread, the bakery opened a second shop selling sourdough loaves.");
    }

    private void publish(String source, String title, String when, String body) {
        committedRun(em -> new Articles(em, new Sources(em)).publish(source,
                new ArticleFile(title, LocalDateTime.parse(when), "About " + title.toLowerCase() + ".", List.of(body))));
    }

    private List<String> relatedTo(String title) {
        Article article = em.createQuery("select a from Article a where a.title = :title", Article.class)
                .setParameter("title", title).getSingleResult();
        return new RelatedArticles(em).of(article).stream().map(Article::title).toList();
    }

    @Test
    void findsTheSameSubjectOtherSourcesFirstWithinTheWindow() {
        List<String> related = relatedTo("Tidal turbines start feeding the island grid");

        assertEquals("Island grid takes power from tidal turbines", related.get(0), "another source first: " + related);
        assertTrue(related.contains("Tidal turbine blades survive winter currents"), related.toString());
        assertTrue(!related.contains("Tidal turbines of last year"), "more than two weeks later: " + related);
        assertTrue(!related.contains("Tidal turbines start feeding the island grid"), "never itself");
        assertTrue(related.stream().noneMatch(title -> title.contains("akery")), related.toString());
    }

    @Test
    void wordsOfTheBodyAloneMakeNoRelation() {
        publish("Valley Post", "Reef divers count coral in the bakery's bay", "2026-03-04T07:00",
                "Engineers said tidal currents off the island grid turbine piers carried coral spawn.");

        assertTrue(relatedTo("Reef divers count coral in the bakery's bay").isEmpty(),
                "no title shares a word of its title but for the bakery's, whose text shares too few");
    }

    @Test
    void anArticleWithNothingInCommonHasNoRelatedArticles() {
        publish("Valley Post", "Chess club elects a new captain", "2026-03-04T18:00",
                "Members of the chess club chose their captain for the season.");

        assertEquals(List.of(), relatedTo("Chess club elects a new captain"));
    }
}
