package dev.gazette.web.audit;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.persistence.audit.AuditFilter;
import dev.gazette.persistence.audit.AuditLog;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** The audit log for admins: who did what and when, from where; filtered by user, action, target and days. */
@Path("/admin/audit")
public class AuditPage {

    @Inject
    AuditLog log;

    @GET
    public View entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("target") String target, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("page") String page) {
        AuditAction chosen = Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equalsIgnoreCase(action == null ? "" : action.strip())).findFirst().orElse(null);
        AuditFilter filter = new AuditFilter(actor, chosen, target, day(from), day(to));
        return View.of("admin/audit").with("entries", log.entries(filter, PageRequest.of(Params.number(page, 1))))
                .with("filter", filter).with("actions", AuditAction.values())
                .with("pagerUrl", "/admin/audit?" + query("actor", actor) + query("action", action)
                        + query("target", target) + query("from", from) + query("to", to));
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }
}
