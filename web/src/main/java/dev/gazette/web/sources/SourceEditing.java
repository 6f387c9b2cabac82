package dev.gazette.web.sources;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.editions.Editions;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.persistence.sources.SourceChange;
import dev.gazette.persistence.sources.SourceEdit;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.audit.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What admins do to sources, for the pages and the API alike: checked field by field, stored, audited. After a
 * rename the source's articles are indexed again (their documents hold its name and slug) before this returns.
 */
@ApplicationScoped
public class SourceEditing {

    /** Refused, with a message per field ("name", "homepage", "description", "timeZone", "source"). */
    public static final class Refused extends Exception {
        private final Map<String, String> errors;
        private final int status;

        Refused(int status, Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.status = status;
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }

        public int status() {
            return status;
        }
    }

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Editions editions;

    @Inject
    Audit audit;

    public Source create(HttpServletRequest request, SourceFields fields) throws Refused {
        SourceEdit edit = checked(fields);
        if (sources.byName(edit.name()).or(() -> sources.bySlug(new Source(edit.name()).slug())).isPresent()) {
            throw new Refused(409, Map.of("name", "There is a source called " + edit.name().strip() + " already."));
        }
        Source source = sources.add(new Source(edit.name(), edit.zone()).describe(edit.homepage(), edit.description()));
        audit.record(request, AuditAction.SOURCE_CREATED, source.slug(), source.name());
        return source;
    }

    public Source change(HttpServletRequest request, String slug, SourceFields fields) throws Refused {
        SourceEdit edit = checked(fields);
        SourceChange change = sources.change(slug, edit);
        if (change instanceof SourceChange.NameTaken taken) {
            throw new Refused(409, Map.of("name", "There is a source called " + taken.otherName() + " already."));
        }
        if (!(change instanceof SourceChange.Saved saved)) {
            throw new Refused(404, Map.of("source", "There is no source at this address."));
        }
        if (saved.renamed()) {
            searchIndex.reindexSource(saved.source().id());
            // The rename's commit made a new edition, but its pages may have been made from the index before its
            // articles were rewritten under the new slug: another edition, now that they are.
            editions.advance();
        }
        audit.record(request, AuditAction.SOURCE_EDITED, saved.source().slug(),
                saved.renamed() ? "renamed from " + slug : "details");
        return saved.source();
    }

    /** Deletes a source that has no articles: one with articles is refused with their count. */
    public void delete(HttpServletRequest request, String slug) throws Refused {
        Source source = sources.bySlug(slug)
                .orElseThrow(() -> new Refused(404, Map.of("source", "There is no source at this address.")));
        long count = articles.countOf(source);
        if (count > 0) {
            throw new Refused(409, Map.of("source", source.name() + " still has " + count
                    + (count == 1 ? " article" : " articles") + ": only a source without articles can be deleted."));
        }
        sources.delete(slug);
        audit.record(request, AuditAction.SOURCE_DELETED, slug, source.name());
    }

    private static SourceEdit checked(SourceFields fields) throws Refused {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = fields.name() == null ? "" : fields.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "A source needs a name.");
        } else if (name.length() > 100) {
            errors.put("name", "A source name can be at most 100 characters long.");
        }
        String homepage = fields.homepage() == null ? "" : fields.homepage().strip();
        if (!homepage.isEmpty() && (!homepage.matches("https?://\\S+") || homepage.length() > 500)) {
            errors.put("homepage", "A homepage is a web address starting with http:// or https://, at most 500 characters.");
        }
        if (fields.description() != null && fields.description().strip().length() > 1000) {
            errors.put("description", "A description can be at most 1000 characters long.");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(fields.timeZone() == null || fields.timeZone().isBlank() ? "UTC" : fields.timeZone().strip());
        } catch (DateTimeException unknown) {
            errors.put("timeZone", "Give a time zone by its name, like Europe/Paris, America/New_York or UTC.");
        }
        if (!errors.isEmpty()) {
            throw new Refused(400, errors);
        }
        return new SourceEdit(name, homepage, fields.description(), zone);
    }
}
