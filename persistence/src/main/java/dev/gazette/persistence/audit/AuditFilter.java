package dev.gazette.persistence.audit;

import dev.gazette.domain.audit.AuditAction;
import java.time.LocalDate;

/** What an admin narrows the audit log to: who, what, which target (words of it), and which UTC days; each optional. */
public record AuditFilter(String actor, AuditAction action, String target, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        target = target == null || target.isBlank() ? null : target.strip();
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
