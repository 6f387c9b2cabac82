package dev.gazette.web.imports;

import dev.gazette.web.imports.formats.ImportItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What the import form keeps in the editor's session between its steps: an upload read and previewed, waiting for
 * the editor to confirm or cancel it; then the report of what was imported (Post/Redirect/Get).
 */
final class PendingImports {

    private static final String PREVIEWS = PendingImports.class.getName() + ".preview.";
    private static final String REPORTS = PendingImports.class.getName() + ".report.";

    /**
     * An upload read and judged, not stored. A large one keeps its files too: it is imported in the background,
     * from the files, once confirmed.
     */
    record Pending(String chosenSource, List<ImportItem> items, ImportReport preview, List<Upload> uploads)
            implements Serializable {

        boolean inBackground() {
            return uploads != null;
        }
    }

    /** Items from which an upload confirmed in the form is imported in the background (a setting). */
    static int backgroundThreshold() {
        return (int) dev.gazette.persistence.settings.Settings.number("gazette.import.background-threshold", 1000);
    }

    private PendingImports() {
    }

    static String keep(HttpServletRequest request, Pending pending) {
        String id = UUID.randomUUID().toString();
        request.getSession().setAttribute(PREVIEWS + id, pending);
        return id;
    }

    static Pending pending(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        return id == null || session == null ? null
                : session.getAttribute(PREVIEWS + id) instanceof Pending pending ? pending : null;
    }

    static void drop(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        if (session != null && id != null) {
            session.removeAttribute(PREVIEWS + id);
        }
    }

    static String keepReport(HttpServletRequest request, ImportReport report) {
        String id = UUID.randomUUID().toString();
        request.getSession().setAttribute(REPORTS + id, report);
        return id;
    }

    static ImportReport report(HttpServletRequest request, String id) {
        HttpSession session = request.getSession(false);
        return id == null || session == null ? null
                : session.getAttribute(REPORTS + id) instanceof ImportReport report ? report : null;
    }
}
