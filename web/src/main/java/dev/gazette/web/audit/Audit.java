package dev.gazette.web.audit;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.domain.audit.AuditEntry;
import dev.gazette.persistence.audit.AuditLog;
import dev.gazette.web.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Writes the audit entry of a request's action: the logged-in user, the client's address, what, on what. */
@ApplicationScoped
public class Audit {

    @Inject
    AuditLog log;

    public void record(HttpServletRequest request, AuditAction action, String target, String detail) {
        String actor = request.getUserPrincipal() == null ? "(anonymous)" : request.getUserPrincipal().getName();
        log.record(new AuditEntry(actor, ClientAddress.of(request), action, target, detail));
    }
}
