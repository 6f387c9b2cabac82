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
        AuditFilter filter = new AuditFilter(actor, chosen, target, Params.day(from), Params.day(to));
        return View.of("admin/audit").with("entries", log.entries(filter, PageRequest.of(Params.number(page, 1))))
                .with("filter", filter).with("actions", AuditAction.values())
                .with("pagerUrl", "/admin/audit?" + Params.query("actor", actor) + Params.query("action", action)
                        + Params.query("target", target) + Params.query("from", from) + Params.query("to", to));
    }
}
