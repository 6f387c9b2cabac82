package dev.gazette.persistence.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.sources.Sources;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling, before an import, which of its articles are stored already, exactly or probably. */
class ProbableDuplicatesTest extends JpaTest {

    private static Articles articles(EntityManager em) {
        return new Articles(em, new Sources(em));
    }

    private static ArticleFile file(String title, String when, String body) {
        return new ArticleFile(title, LocalDateTime.parse(when), "About " + title, List.of(body));
    }

    @Test
    void exactProbableAndNewAreToldApartWithoutStoringAnything() {
        String stored = committed(em -> articles(em).publish("Valley News", file("Rates rise, again!", "2026-11-01T10:00",
                "The central bank raised its rates for the third time."))).slug();
        String told = "A body long enough to be a sign of the same story when it is told twice. ".repeat(4);
        committed(em -> articles(em).publish("Hill Times", file("Unrelated", "2026-11-01T10:00", told)));
        long before = committed(em -> articles(em).count());

        List<Verdict> verdicts = committed(em -> articles(em).judge("Valley News", List.of(
                file("Rates rise, again!", "2026-11-01T10:00", "Anything."),
                file("rates rise again", "2026-11-02T20:00", "A new body."),
                file("Rates rise again", "2026-11-05T10:00", "Another new body."),
                file("Something else", "2026-11-01T10:00", told.replace(" ", "   ")),
                file("Fresh story", "2026-11-01T10:00", "Fresh body."),
                file("Fresh story", "2026-11-01T10:00", "Fresh body."))));

        assertEquals(List.of(Verdict.Kind.DUPLICATE, Verdict.Kind.PROBABLE_DUPLICATE, Verdict.Kind.NEW,
                Verdict.Kind.PROBABLE_DUPLICATE, Verdict.Kind.NEW, Verdict.Kind.DUPLICATE),
                verdicts.stream().map(Verdict::kind).toList());
        assertEquals(stored, verdicts.get(0).slug());
        assertEquals(stored, verdicts.get(1).slug(), "same title but for case and punctuation, 34 hours later");
        long after = committed(em -> articles(em).count());
        assertEquals(before, after, "judging stores nothing");
    }

    @Test
    void aReplacementKeepsTheAddressAndTakesTheNewContent() {
        String slug = committed(em -> articles(em).publish("Coast Post", file("Storm warning", "2026-11-03T06:00", "Old text."))).slug();

        committed(em -> articles(em).replace(slug, file("Storm warning!", "2026-11-03T07:00", "New text.")));

        assertEquals(List.of("New text."), committed(em -> articles(em).bySlug(slug).orElseThrow()).paragraphs());
    }

    @Test
    void articlesStoredBeforeTheKeysGetThemInParts() {
        committed(em -> articles(em).publish("Keys Desk", file("Keyed", "2026-11-03T06:00", "Text.")));
        committedRun(em -> em.createNativeQuery("update article set title_key = null, body_hash = null").executeUpdate());

        int filled = committed(em -> new ArticleKeys(em).fillSome());

        assertTrue(filled >= 1);
        int none = committed(em -> new ArticleKeys(em).fillSome());
        assertEquals(0, none);
    }
}
