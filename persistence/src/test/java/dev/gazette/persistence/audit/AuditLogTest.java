package dev.gazette.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.domain.audit.AuditEntry;
import dev.gazette.persistence.JpaTest;
import dev.gazette.persistence.paging.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest extends JpaTest {

    @Test
    void entriesNewestFirstFilteredByActorActionAndTarget() {
        committedRun(em -> new AuditLog(em).record(new AuditEntry("ed", "10.0.0.2", AuditAction.ARTICLE_EDITED, "ferry-times", "title")));
        committedRun(em -> new AuditLog(em).record(new AuditEntry("ed", "10.0.0.2", AuditAction.ARTICLE_UNPUBLISHED, "ferry-times", null)));
        committedRun(em -> new AuditLog(em).record(new AuditEntry("chief", "10.0.0.3", AuditAction.ACCOUNT_CREATED, "ed", "editor")));
        committedRun(em -> new AuditLog(em).record(new AuditEntry("ed", null, AuditAction.IMPORTED, "x".repeat(300) + "_%", null)));

        List<AuditAction> edsFerry = committed(em -> new AuditLog(em).entries(
                new AuditFilter("ed", null, "FERRY", null, null), PageRequest.of(1))).items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.ARTICLE_UNPUBLISHED, AuditAction.ARTICLE_EDITED), edsFerry);
        assertEquals(1, committed(em -> new AuditLog(em).entries(
                new AuditFilter(null, AuditAction.ACCOUNT_CREATED, null, null, null), PageRequest.of(1))).total());
        assertEquals(1, committed(em -> new AuditLog(em).entries(
                new AuditFilter(null, null, "_%", null, null), PageRequest.of(1))).total());
    }
}
