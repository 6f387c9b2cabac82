package dev.gazette.web.imports;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.domain.articles.file.MalformedArticleFileException;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.persistence.settings.Settings;
import dev.gazette.web.errors.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports article files into one source. A bad file is reported with its reason and never costs the good ones.
 * The answer comes after every accepted file is committed and searchable.
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());

    /**
     * Files per transaction. Small enough that the first part is soon handed to the indexing threads and the last
     * one leaves them little to do after the request is done; large enough that each transaction's own queries (the
     * upload's duplicates and slugs) and commit are few.
     */
    static final int PART = 100;

    @Inject
    Articles articles;

    @Inject
    SearchIndex searchIndex;

    public ArticleFileParser parser() {
        return new ArticleFileParser(Settings.number("gazette.import.max-file-bytes", ArticleFileParser.DEFAULT_MAX_BYTES));
    }

    /**
     * Parses every file, stores the good ones in parts of {@link #PART} files, one transaction each, and reports
     * each file. Should a part's transaction fail (say, another upload stored one of its stories a moment earlier),
     * each file of that part is stored on its own instead. The answer waits until all of them are searchable.
     */
    public ImportReport importFiles(String sourceName, List<Upload> uploads) {
        ArticleFileParser parser = parser();
        ImportReport report = new ImportReport(sourceName);
        List<String> names = new ArrayList<>();
        List<ArticleFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            try {
                if (upload.tooLarge()) {
                    throw parser.tooLarge();
                }
                files.add(parser.parse(upload.content()));
                names.add(upload.fileName());
            } catch (MalformedArticleFileException malformed) {
                report.rejected(upload.fileName(), malformed.reason(), malformed.line());
            }
        }
        if (files.isEmpty()) {
            return report;
        }
        // Hibernate Search indexes each part on its own threads while this one parses and stores the next; the
        // index is committed and refreshed once, at the end (see IndexingBatch).
        IndexingBatch batch = searchIndex.batch();
        for (int from = 0; from < files.size(); from += PART) {
            int to = Math.min(files.size(), from + PART);
            store(report, sourceName, names.subList(from, to), files.subList(from, to), batch);
        }
        batch.awaitSearchable();
        return report;
    }

    private void store(ImportReport report, String sourceName, List<String> names, List<ArticleFile> files, IndexingBatch batch) {
        try {
            List<Outcome> outcomes = articles.publishAll(sourceName, files, batch);
            for (int i = 0; i < outcomes.size(); i++) {
                record(report, names.get(i), outcomes.get(i));
            }
        } catch (RuntimeException partFailed) {
            LOG.log(Level.INFO, "Storing part of an upload in one transaction failed; storing its files one by one", partFailed);
            for (int i = 0; i < files.size(); i++) {
                try {
                    record(report, names.get(i), articles.publish(sourceName, files.get(i)));
                } catch (RuntimeException failure) {
                    report.rejected(names.get(i), explain(failure), 0);
                }
            }
        }
    }

    private static void record(ImportReport report, String name, Outcome outcome) {
        if (outcome.duplicate()) {
            report.duplicate(name, outcome.slug(), outcome.title());
        } else {
            report.accepted(name, outcome.slug(), outcome.title());
        }
    }

    /** Validation messages are for people; anything else is logged and summarised. */
    private static String explain(RuntimeException failure) {
        Optional<String> invalid = Violations.messagesOf(failure);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        LOG.log(Level.WARNING, "Could not store an imported article", failure);
        return "The article could not be stored (for example because another import stored the same story at the same moment). Please try this file again.";
    }
}
