package dev.gazette.web.imports;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.web.audit.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** An import in the audit log: who imported how many items into which source, and what became of them. */
@ApplicationScoped
class ImportAudit {

    @Inject
    Audit audit;

    void imported(HttpServletRequest request, ImportReport report) {
        String items = report.total() == 1 ? "one item" : report.total() + " items";
        audit.record(request, AuditAction.IMPORTED, report.source() == null ? "(sources named in the files)" : report.source(),
                items + ": " + report.accepted().size() + " imported, " + report.duplicates().size() + " duplicates, "
                        + report.probableDuplicates().size() + " probable duplicates skipped, " + report.replaced().size()
                        + " replaced, " + report.rejected().size() + " rejected");
    }
}
