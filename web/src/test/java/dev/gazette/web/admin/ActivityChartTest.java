package dev.gazette.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.figures.NewsroomFigures.DayCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 3);
    private static final LocalDate TO = LocalDate.of(2026, 12, 1);

    @Test
    void theBusiestSourcesHaveALineEachAndTheRestAreSummed() {
        List<DayCount> counts = new ArrayList<>();
        for (int s = 0; s < 9; s++) {
            counts.add(new DayCount("Source " + s, TO.minusDays(s), 10 - s));
        }
        String svg = ActivityChart.svg(counts, FROM, TO);

        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 80));
        assertTrue(svg.contains("Source 0") && svg.contains("Source 5"), "the six busiest in the legend");
        assertFalse(svg.contains("Source 8"), "the rest are not named");
        assertTrue(svg.contains("Other sources"));
        assertFalse(svg.contains("<script"), "no script in the drawing");
        assertEquals(List.of("Source 0", "Source 1"), ActivityChart.totals(counts).keySet().stream().limit(2).toList());
    }

    @Test
    void aQuietPortalStillGetsAnEmptyChart() {
        assertTrue(ActivityChart.svg(List.of(), FROM, TO).contains("<svg"));
    }
}
