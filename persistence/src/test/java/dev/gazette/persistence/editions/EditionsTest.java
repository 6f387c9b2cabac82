package dev.gazette.persistence.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.sources.Source;
import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.Role;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.SourceEdit;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.domain.articles.file.ArticleFile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every change readers can see advances the edition once per transaction; a node re-reads it at most once a second. */
class EditionsTest extends JpaTest {

    private final MutableClock clock = new MutableClock();
    private Editions editions;
    /** A second node's view of the same database: it learns of changes only by reading. */
    private Editions otherNode;

    @BeforeAll
    void watch() {
        editions = new Editions(factory(), clock);
        editions.watchWrites();
        otherNode = new Editions(factory(), clock);
    }

    @Test
    void aTransactionThatStoresArticlesAdvancesTheEditionOnceAndThisNodeSeesItAtOnce() {
        long before = editions.current().number();
        long otherBefore = otherNode.current().number();

        committed(em -> new Articles(em, new Sources(em)).publishAll("Edition Herald", List.of(
                file("Harbour cranes arrive for the new terminal"), file("Council approves the river footbridge")),
                new IndexingBatch(em.getEntityManagerFactory())));

        assertEquals(before + 1, editions.current().number(), "one advance for the whole transaction");
        assertEquals(otherBefore, otherNode.current().number(), "another node trusts its read for a second");
        clock.advance(1_001);
        assertEquals(before + 1, otherNode.current().number());
    }

    @Test
    void editingDeletingAndRenamingAdvanceIt() {
        String slug = committed(em -> new Articles(em, new Sources(em)).publish("Edition Ledger",
                file("Ferry timetable changes in spring")).slug());

        long stored = editions.current().number();
        committed(em -> new Articles(em, new Sources(em)).unpublish(slug));
        long withdrawn = editions.current().number();
        committed(em -> new Articles(em, new Sources(em)).delete(slug));
        long deleted = editions.current().number();
        committed(em -> new Sources(em).add(new Source("Edition Gazette")));
        long added = editions.current().number();
        committed(em -> new Sources(em).change("edition-gazette",
                new SourceEdit("Edition Evening Gazette", null, null, java.time.ZoneId.of("UTC"))));

        assertEquals(stored + 1, withdrawn);
        assertEquals(withdrawn + 1, deleted);
        assertEquals(deleted + 1, added);
        assertEquals(added + 1, editions.current().number(), "a rename (and its alias) in one advance");
    }

    @Test
    void aRolledBackChangeAndOtherTablesLeaveItAlone() {
        long before = editions.current().number();
        em.persist(new Source("Never Committed"));
        em.flush();
        em.getTransaction().rollback();
        committed(em -> {
            em.persist(new Account("edition-reader", "not-a-real-hash", Role.EDITOR));
            return null;
        });

        clock.advance(1_001);
        assertEquals(before, editions.current().number(), "read again from the database");
        assertTrue(editions.current().changedAt().isBefore(Instant.now().plusSeconds(1)));
    }

    private static ArticleFile file(String title) {
        return new ArticleFile(title, LocalDateTime.of(2026, 3, 4, 9, 30), "About " + title.toLowerCase() + ".",
                List.of("The first paragraph of " + title.toLowerCase() + "."));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
