package dev.gazette.persistence.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.search.SearchRequest;
import dev.gazette.persistence.sources.Sources;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An editor's corrections, withdrawals and deletions, as readers, search and the editors' list then see them. */
class ArticleEditingTest extends JpaTest {

    private static Articles articles(EntityManager em) {
        return new Articles(em, new Sources(em));
    }

    private String publish(String source, String title, String when) {
        return committed(em -> articles(em).publish(source, new ArticleFile(title,
                LocalDateTime.parse(when), "About " + title, List.of("The body of " + title + ".")))).slug();
    }

    private <T> T fresh(Function<EntityManager, T> read) {
        return committed(read);
    }

    private List<String> found(String q) {
        return fresh(em -> new ArticleSearch(em).search(SearchRequest.of(q)).hits().items().stream()
                .map(hit -> hit.article().slug()).toList());
    }

    private static Revision revision(Article article, String source, String title, String when) {
        return new Revision(source, title, LocalDateTime.parse(when), "Corrected abstract",
                List.of("First corrected paragraph.", "Second one."), article.version());
    }

    @Test
    void aCorrectionIsStoredAndSearchableUnderTheSameAddress() {
        String slug = publish("Lakeside Post", "Ferry timetable chnages", "2026-11-02T09:00");
        Article before = fresh(em -> articles(em).bySlug(slug).orElseThrow());

        Edit edit = committed(em -> articles(em).revise(slug,
                revision(before, "Lakeside Post", "Ferry timetable changes", "2026-11-02T09:30")));

        assertInstanceOf(Edit.Saved.class, edit);
        Article after = fresh(em -> articles(em).bySlug(slug).orElseThrow());
        assertEquals("Ferry timetable changes", after.title());
        assertEquals(Instant.parse("2026-11-02T09:30:00Z"), after.publishedAt());
        assertEquals(List.of("First corrected paragraph.", "Second one."), after.paragraphs());
        assertEquals(before.version() + 1, after.version());
        assertEquals(List.of(slug), found("timetable changes"));
    }

    @Test
    void aSecondEditorStartingFromTheSameVersionIsToldAndStoresNothing() {
        String slug = publish("Lakeside Post", "Council votes on budget", "2026-11-03T10:00");
        Article opened = fresh(em -> articles(em).bySlug(slug).orElseThrow());
        committed(em -> articles(em).revise(slug, revision(opened, "Lakeside Post", "Council approves budget", "2026-11-03T10:00")));

        Edit second = committed(em -> articles(em).revise(slug, revision(opened, "Lakeside Post", "Council rejects budget", "2026-11-03T10:00")));

        Edit.Stale stale = assertInstanceOf(Edit.Stale.class, second);
        assertEquals("Council approves budget", stale.current().title());
        assertEquals("Council approves budget", fresh(em -> articles(em).bySlug(slug).orElseThrow()).title());
    }

    @Test
    void aCorrectionThatWouldDuplicateAnotherStoryIsRefused() {
        String first = publish("Valley News", "Snow closes pass", "2026-11-04T07:00");
        String second = publish("Valley News", "Snow closes the pass", "2026-11-04T07:00");
        Article opened = fresh(em -> articles(em).bySlug(second).orElseThrow());

        Edit edit = committed(em -> articles(em).revise(second, revision(opened, "Valley News", "Snow closes pass", "2026-11-04T07:00")));

        assertEquals(first, assertInstanceOf(Edit.SameStory.class, edit).otherSlug());
    }

    @Test
    void aWithdrawnArticleIsHiddenFromReadersAndSearchUntilRepublished() {
        String slug = publish("Harbour Herald", "Lighthouse keeper retires", "2026-11-05T12:00");
        assertEquals(List.of(slug), found("lighthouse"));

        committed(em -> articles(em).unpublish(slug));

        assertEquals(List.of(), found("lighthouse"));
        boolean listed = fresh(em -> articles(em).latest(PageRequest.of(1)).items().stream().anyMatch(a -> a.slug().equals(slug)));
        assertFalse(listed);
        assertFalse(fresh(em -> articles(em).bySlug(slug).orElseThrow()).isPublished());
        EditorFilter withdrawn = new EditorFilter("keeper", null, EditorFilter.State.UNPUBLISHED, null, null);
        assertEquals(List.of(slug), fresh(em -> articles(em).forEditors(withdrawn, PageRequest.of(1)).items().stream()
                .map(Article::slug).toList()));

        committed(em -> articles(em).republish(slug));

        assertEquals(List.of(slug), found("lighthouse"));
        assertTrue(fresh(em -> articles(em).bySlug(slug).orElseThrow()).isPublished());
    }

    @Test
    void aDeletedArticleIsGoneFromTheDatabaseAndTheIndex() {
        String slug = publish("Harbour Herald", "Regatta postponed", "2026-11-06T12:00");

        assertTrue(committed(em -> articles(em).delete(slug)).isPresent());

        assertTrue(fresh(em -> articles(em).bySlug(slug)).isEmpty());
        assertEquals(List.of(), found("regatta"));
    }

    @Test
    void theEditorsListFiltersBySourceStateTitleAndDay() {
        publish("Mountain Times", "Avalanche warning raised", "2026-10-01T06:00");
        String kept = publish("Mountain Times", "Avalanche warning lifted", "2026-10-02T06:00");
        publish("Plains Daily", "Avalanche drill at school", "2026-10-02T08:00");

        EditorFilter filter = new EditorFilter("AVALANCHE warning", "mountain-times", EditorFilter.State.PUBLISHED,
                LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2));
        assertEquals(List.of(kept), fresh(em -> articles(em).forEditors(filter, PageRequest.of(1)).items().stream()
                .map(Article::slug).toList()));
    }
}
