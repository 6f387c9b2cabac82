package dev.gazette.persistence.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsroomFiguresTest extends JpaTest {

    private void publish(String source, String title, String when) {
        committed(em -> new Articles(em, new Sources(em)).publish(source,
                new ArticleFile(title, LocalDateTime.parse(when), "About " + title, List.of("Body."))));
    }

    @Test
    void articlesAreCountedPerSourceAndDayAndSilentSourcesListed() {
        publish("Figures Daily", "One", "2026-11-20T08:00");
        publish("Figures Daily", "Two", "2026-11-20T22:00");
        publish("Figures Daily", "Three", "2026-11-21T08:00");
        publish("Quiet Weekly", "Old news", "2026-10-01T08:00");
        String withdrawn = committed(em -> new Articles(em, new Sources(em)).publish("Figures Daily",
                new ArticleFile("Withdrawn", LocalDateTime.parse("2026-11-21T09:00"), "x", List.of("y")))).slug();
        committed(em -> new Articles(em, new Sources(em)).unpublish(withdrawn));

        List<NewsroomFigures.DayCount> days = committed(em -> new NewsroomFigures(em).perDay(LocalDate.of(2026, 11, 1)));

        assertTrue(days.contains(new NewsroomFigures.DayCount("Figures Daily", LocalDate.of(2026, 11, 20), 2)), days.toString());
        assertTrue(days.contains(new NewsroomFigures.DayCount("Figures Daily", LocalDate.of(2026, 11, 21), 1)), "withdrawn not counted");
        assertTrue(days.stream().noneMatch(d -> d.source().equals("Quiet Weekly")));
        List<String> silent = committed(em -> new NewsroomFigures(em).silentSince(Instant.parse("2026-11-14T00:00:00Z"), 10))
                .stream().map(Source::name).toList();
        assertTrue(silent.contains("Quiet Weekly") && !silent.contains("Figures Daily"), silent.toString());
        assertEquals(silent.size(), committed(em -> new NewsroomFigures(em).countSilentSince(Instant.parse("2026-11-14T00:00:00Z"))).intValue());
    }
}
