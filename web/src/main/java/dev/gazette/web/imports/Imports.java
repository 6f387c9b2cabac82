package dev.gazette.web.imports;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ByteSize;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.admin.SourceNames;
import dev.gazette.web.imports.formats.Formats;
import dev.gazette.web.imports.formats.ImportItem;
import dev.gazette.web.imports.formats.ImportLimits;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.web.errors.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports uploads of any format (see {@link Formats}). A bad item is reported with its reason and never costs the good ones.
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

    @Inject
    Sources sources;

    /**
     * Reads every uploaded file in its format, then stores the good items source by source, in parts of
     * {@link #PART}, one transaction each, and reports each item. Should a part's transaction fail (say, another
     * upload stored one of its stories a moment earlier), each item of that part is stored on its own instead. The
     * answer waits until all of them are searchable.
     *
     * @param chosenSource the source the editor chose for the upload; items may name their own (CSV, JSON, feeds)
     * @throws Formats.TooManyItems if the upload holds more items than allowed: then nothing is stored
     */
    public ImportReport importUploads(String chosenSource, List<Upload> uploads) {
        ImportLimits limits = ImportLimits.fromSettings();
        Formats formats = new Formats(limits);
        List<ImportItem> items = new ArrayList<>();
        for (Upload upload : uploads) {
            items.addAll(upload.tooLarge()
                    ? List.of(ImportItem.rejected(upload.fileName(), "The file is larger than the limit of "
                    + ByteSize.describe(limits.largestFile()), 0))
                    : formats.read(upload.fileName(), upload.content()));
        }
        ImportReport report = new ImportReport(chosenSource);
        Map<String, List<ImportItem>> bySource = new LinkedHashMap<>();
        for (ImportItem item : items) {
            if (item.isRejected()) {
                report.rejected(item.name(), item.reason(), item.line());
            } else if (item.sourceGiven(chosenSource) == null) {
                report.rejected(item.name(), "No source: choose one for the upload, or name it in the file", item.line());
            } else {
                bySource.computeIfAbsent(SourceNames.resolve(sources, item.sourceGiven(chosenSource)),
                        name -> new ArrayList<>()).add(item);
            }
        }
        if (bySource.isEmpty()) {
            return report;
        }
        // Hibernate Search indexes each part on its own threads while this one parses and stores the next; the
        // index is committed and refreshed once, at the end (see IndexingBatch).
        IndexingBatch batch = searchIndex.batch();
        bySource.forEach((sourceName, sourceItems) -> {
            ZoneId zone = sources.byName(sourceName).map(Source::zone).orElse(Source.DEFAULT_ZONE);
            List<String> names = sourceItems.stream().map(ImportItem::name).toList();
            List<ArticleFile> files = sourceItems.stream().map(item -> new ArticleFile(item.file().title(),
                    item.localTimeIn(zone), item.file().summary(), item.file().paragraphs())).toList();
            for (int from = 0; from < files.size(); from += PART) {
                int to = Math.min(files.size(), from + PART);
                store(report, sourceName, names.subList(from, to), files.subList(from, to), batch);
            }
        });
        batch.awaitSearchable();
        return report;
    }

    private void store(ImportReport report, String sourceName, List<String> names, List<ArticleFile> files, IndexingBatch batch) {
        try {
            List<Outcome> outcomes = articles.publishAll(sourceName, files, batch);
            for (int i = 0; i < outcomes.size(); i++) {
                record(report, names.get(i), sourceName, outcomes.get(i));
            }
        } catch (RuntimeException partFailed) {
            LOG.log(Level.INFO, "Storing part of an upload in one transaction failed; storing its files one by one", partFailed);
            for (int i = 0; i < files.size(); i++) {
                try {
                    record(report, names.get(i), sourceName, articles.publish(sourceName, files.get(i)));
                } catch (RuntimeException failure) {
                    report.rejected(names.get(i), explain(failure), 0);
                }
            }
        }
    }

    private static void record(ImportReport report, String name, String source, Outcome outcome) {
        if (outcome.duplicate()) {
            report.duplicate(name, source, outcome.slug(), outcome.title());
        } else {
            report.accepted(name, source, outcome.slug(), outcome.title());
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
