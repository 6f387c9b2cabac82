package dev.gazette.web.admin;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.audit.AuditFilter;
import dev.gazette.persistence.audit.AuditLog;
import dev.gazette.persistence.figures.NewsroomFigures;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The editors' start page: what there is, the articles per day per source of the last 90 days, the last imports,
 * the sources without news for a week, and the ways to add to it.
 */
@Path("/admin")
public class AdminResource {

    static final int DAYS = 90;

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @Inject
    NewsroomFigures figures;

    @Inject
    AuditLog auditLog;

    @Inject
    ImportJobs jobs;

    @GET
    public View home() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Long> totals = ActivityChart.totals(figures.perDay(today.minusDays(DAYS - 1)));
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        return View.of("admin/home").with("articleCount", articles.count()).with("sourceCount", sources.names().size())
                .with("totals", totals.entrySet().stream().limit(10).toList()).with("days", DAYS)
                .with("imports", auditLog.entries(new AuditFilter(null, AuditAction.IMPORTED, null, null, null),
                        new PageRequest(1, 5)).items())
                .with("jobs", jobs.latest(5))
                .with("silent", figures.silentSince(weekAgo, 20)).with("silentCount", figures.countSilentSince(weekAgo));
    }

    /** The chart of the home page, an image of its own: its drawing's inline styles are allowed here alone. */
    @GET
    @Path("activity.svg")
    @Produces("image/svg+xml")
    public Response activity() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(DAYS - 1);
        List<NewsroomFigures.DayCount> counts = figures.perDay(from);
        return Response.ok(ActivityChart.svg(counts, from, today))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
                .header("Cache-Control", "no-store").build();
    }
}
