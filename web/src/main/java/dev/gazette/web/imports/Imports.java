package dev.gazette.web.imports;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ByteSize;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Verdict;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.web.admin.SourceNames;
import dev.gazette.web.imports.ImportReport.Entry;
import dev.gazette.web.imports.ImportReport.Status;
import dev.gazette.web.imports.formats.Formats;
import dev.gazette.web.imports.formats.ImportItem;
import dev.gazette.web.imports.formats.ImportLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports uploads of any format (see {@link Formats}): read, judged against what is stored (duplicates, probable
 * duplicates), then stored, or for a dry run only reported. A bad item is reported with its reason and never costs
 * the good ones. The answer comes after every accepted item is committed and searchable.
 */
@ApplicationScoped
public class Imports {

    /**
     * Items per transaction. Small enough that the first part is soon handed to the indexing threads and the last
     * one leaves them little to do after the request is done; large enough that each transaction's own queries (the
     * upload's duplicates and slugs) and commit are few.
     */
    static final int PART = 100;

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @Inject
    SearchIndex searchIndex;

    @Inject
    PartStore partStore;

    /** Every item of the uploads, in order. Throws {@link Formats.TooManyItems} past the upload's item limit. */
    public List<ImportItem> read(List<Upload> uploads) {
        ImportLimits limits = ImportLimits.fromSettings();
        Formats formats = new Formats(limits);
        List<ImportItem> items = new ArrayList<>();
        for (Upload upload : uploads) {
            items.addAll(upload.tooLarge()
                    ? List.of(ImportItem.rejected(upload.fileName(), "The file is larger than the limit of "
                    + ByteSize.describe(limits.largestFile()), 0))
                    : formats.read(upload.fileName(), upload.content()));
        }
        return items;
    }

    public ImportReport importUploads(String chosenSource, List<Upload> uploads, ProbableDuplicates probable, boolean dryRun) {
        return importItems(chosenSource, read(uploads), probable, dryRun);
    }

    /**
     * Judges and stores the items source by source, in parts of {@link #PART}, one transaction each; a dry run
     * judges only. {@code chosenSource} is the editor's for the upload; items may name their own (CSV, JSON, feeds).
     */
    public ImportReport importItems(String chosenSource, List<ImportItem> items, ProbableDuplicates probable, boolean dryRun) {
        ImportReport report = new ImportReport(chosenSource, dryRun);
        // Hibernate Search indexes each part on its own threads while this one reads and stores the next; the
        // index is committed and refreshed once, at the end (see IndexingBatch).
        IndexingBatch batch = dryRun ? null : searchIndex.batch();
        judgeAndStore(report, items, probable, batch, partStore::store);
        if (batch != null) {
            batch.awaitSearchable();
        }
        return report;
    }

    /** Stores the articles of a part of one source, reporting each; the sync import falls back item by item. */
    @FunctionalInterface
    public interface Storer {
        void store(ImportReport report, String sourceName, List<String> names, List<ArticleFile> files, IndexingBatch batch);
    }

    /**
     * Judges the items and stores what is to be stored, through {@code storer}, into {@code report}; with no
     * {@code batch}, a dry run, nothing is stored.
     */
    public void judgeAndStore(ImportReport report, List<ImportItem> items, ProbableDuplicates probable,
                              IndexingBatch batch, Storer storer) {
        String chosenSource = report.source();
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
        bySource.forEach((sourceName, sourceItems) -> {
            ZoneId zone = sources.byName(sourceName).map(Source::zone).orElse(Source.DEFAULT_ZONE);
            for (int from = 0; from < sourceItems.size(); from += PART) {
                List<ImportItem> part = sourceItems.subList(from, Math.min(sourceItems.size(), from + PART));
                List<ArticleFile> files = part.stream().map(item -> new ArticleFile(item.file().title(),
                        item.localTimeIn(zone), item.file().summary(), item.file().paragraphs())).toList();
                judgePart(report, sourceName, part, files, probable, batch, storer);
            }
        });
    }

    private void judgePart(ImportReport report, String sourceName, List<ImportItem> part, List<ArticleFile> files,
                           ProbableDuplicates probable, IndexingBatch batch, Storer storer) {
        List<Verdict> verdicts = articles.judge(sourceName, files);
        List<Integer> toStore = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            Verdict verdict = verdicts.get(i);
            String name = part.get(i).name();
            ArticleFile file = files.get(i);
            // A duplicate of an earlier item of the upload is left to the store, which names the slug it got.
            if (verdict.kind() == Verdict.Kind.DUPLICATE && (verdict.slug() != null || batch == null)) {
                report.add(entry(name, Status.DUPLICATE, sourceName, verdict.slug(), file, verdict.reason()));
            } else if (verdict.kind() == Verdict.Kind.PROBABLE_DUPLICATE
                    && probable.choiceFor(name) != ProbableDuplicates.Choice.KEEP) {
                boolean replace = probable.choiceFor(name) == ProbableDuplicates.Choice.REPLACE;
                if (replace && batch != null) {
                    articles.replace(verdict.slug(), file);
                }
                report.add(entry(name, replace ? Status.REPLACED : Status.PROBABLE_DUPLICATE, sourceName,
                        verdict.slug(), file, verdict.reason()));
            } else if (batch == null) {
                report.add(entry(name, Status.IMPORTED, sourceName, null, file, null));
            } else {
                toStore.add(i);
            }
        }
        if (!toStore.isEmpty()) {
            storer.store(report, sourceName, toStore.stream().map(i -> part.get(i).name()).toList(),
                    toStore.stream().map(files::get).toList(), batch);
        }
    }

    static Entry entry(String name, Status status, String source, String slug, ArticleFile file, String reason) {
        List<String> paragraphs = file.paragraphs();
        return new Entry(name, status, source, slug, file.title(), file.publishedAt().toString().replace('T', ' '),
                file.summary(), paragraphs.isEmpty() ? "" : paragraphs.get(0), reason, 0);
    }
}
