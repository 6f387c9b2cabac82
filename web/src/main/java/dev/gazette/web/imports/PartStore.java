package dev.gazette.web.imports;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.web.errors.Violations;
import dev.gazette.web.imports.ImportReport.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores one part of an import in one transaction. Should it fail (say, another upload stored one of its stories a
 * moment earlier), each article of the part is stored on its own instead, so that one cannot cost the others.
 */
@ApplicationScoped
public class PartStore {

    private static final Logger LOG = Logger.getLogger(PartStore.class.getName());

    @Inject
    Articles articles;

    public void store(ImportReport report, String sourceName, List<String> names, List<ArticleFile> files, IndexingBatch batch) {
        try {
            List<Outcome> outcomes = articles.publishAll(sourceName, files, batch);
            for (int i = 0; i < outcomes.size(); i++) {
                record(report, names.get(i), sourceName, files.get(i), outcomes.get(i));
            }
        } catch (RuntimeException partFailed) {
            LOG.log(Level.INFO, "Storing part of an upload in one transaction failed; storing its files one by one", partFailed);
            for (int i = 0; i < files.size(); i++) {
                try {
                    record(report, names.get(i), sourceName, files.get(i), articles.publish(sourceName, files.get(i)));
                } catch (RuntimeException failure) {
                    report.rejected(names.get(i), explain(failure), 0);
                }
            }
        }
    }

    /** Stores the part in the caller's transaction, nothing caught: a failure rolls the caller's part back whole. */
    public void storeHere(ImportReport report, String sourceName, List<String> names, List<ArticleFile> files, IndexingBatch batch) {
        List<Outcome> outcomes = articles.publishAll(sourceName, files, batch);
        for (int i = 0; i < outcomes.size(); i++) {
            record(report, names.get(i), sourceName, files.get(i), outcomes.get(i));
        }
    }

    private static void record(ImportReport report, String name, String source, ArticleFile file, Outcome outcome) {
        report.add(Imports.entry(name, outcome.duplicate() ? Status.DUPLICATE : Status.IMPORTED, source, outcome.slug(), file, null));
    }

    /** Validation messages are for people; anything else is logged and summarised. */
    private static String explain(RuntimeException failure) {
        Optional<String> invalid = Violations.messagesOf(failure);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        LOG.log(Level.WARNING, "Could not store an imported article", failure);
        return "The article could not be stored (for example because another import stored the same story at the same"
                + " moment). Please try this file again.";
    }
}
