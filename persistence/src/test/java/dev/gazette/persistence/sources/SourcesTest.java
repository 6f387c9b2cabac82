package dev.gazette.persistence.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.paging.PageRequest;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest extends JpaTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aRenamedSourceKeepsItsOldAddressAsAnAlias() {
        committed(em -> new Sources(em).add(new Source("Evening Star")));

        SourceChange change = committed(em -> new Sources(em).change("evening-star",
                new SourceEdit("Morning Star", "https://star.example", "Daily", ZoneId.of("Europe/Paris"))));

        assertTrue(assertInstanceOf(SourceChange.Saved.class, change).renamed());
        Source renamed = committed(em -> new Sources(em).bySlug("morning-star").orElseThrow());
        assertEquals("https://star.example", renamed.homepage());
        assertEquals(ZoneId.of("Europe/Paris"), renamed.zone());
        assertEquals("morning-star", committed(em -> new Sources(em).byFormerSlug("evening-star").orElseThrow().slug()));

        // Renamed back: the slug is its own again, not an alias of itself.
        committed(em -> new Sources(em).change("morning-star", new SourceEdit("Evening Star", null, null, UTC)));
        assertTrue(committed(em -> new Sources(em).byFormerSlug("evening-star")).isEmpty());
        assertEquals("evening-star", committed(em -> new Sources(em).byFormerSlug("morning-star").orElseThrow().slug()));
    }

    @Test
    void aNameOfAnotherSourceIsRefused() {
        committed(em -> new Sources(em).add(new Source("North Gazette")));
        committed(em -> new Sources(em).add(new Source("South Gazette")));

        SourceChange change = committed(em -> new Sources(em).change("south-gazette", new SourceEdit("north gazette", null, null, UTC)));

        assertEquals("North Gazette", assertInstanceOf(SourceChange.NameTaken.class, change).otherName());
    }

    @Test
    void sourcesArePagedAndFilteredByName() {
        for (int i = 1; i <= 30; i++) {
            String name = "Outlet " + i + (i % 10 == 0 ? " 100%" : "");
            committed(em -> new Sources(em).add(new Source(name)));
        }
        assertEquals(30, committed(em -> new Sources(em).named("outlet", PageRequest.of(2))).total());
        assertEquals(10, committed(em -> new Sources(em).named("outlet", PageRequest.of(2))).items().size());
        List<String> percent = committed(em -> new Sources(em).named("100%", PageRequest.of(1))).items().stream()
                .map(Source::name).toList();
        assertEquals(List.of("Outlet 10 100%", "Outlet 20 100%", "Outlet 30 100%"), percent);
    }
}
