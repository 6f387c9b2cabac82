package dev.gazette.web.imports.jobs;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.domain.imports.ImportJobItem;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.web.imports.ImportReport;
import dev.gazette.web.imports.Imports;
import dev.gazette.web.imports.PartStore;
import dev.gazette.web.imports.ProbableDuplicates;
import dev.gazette.web.imports.formats.ImportItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a background import in one transaction: its articles, the account of each of its items and the job's
 * counts commit together, or, after a crash, not at all. What the job says landed has landed.
 */
@ApplicationScoped
public class JobParts {

    /** An item of the job and its place in the upload. */
    public record Numbered(int seq, ImportItem item) {
    }

    @Inject
    Imports imports;

    @Inject
    PartStore partStore;

    @Inject
    ImportJobs jobs;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(ImportJob job, List<Numbered> part, ProbableDuplicates probable, IndexingBatch batch) {
        ImportReport report = new ImportReport(job.chosenSource(), false);
        imports.judgeAndStore(report, part.stream().map(Numbered::item).toList(), probable, batch, partStore::storeHere);
        account(job.id(), part, report);
    }

    /** An item that could not be stored even on its own: its account says so, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(ImportJob job, Numbered numbered, String reason) {
        jobs.counted(job.id(), List.of(new ImportJobItem(job.id(), numbered.seq(), numbered.item().name(),
                ImportReport.Status.REJECTED.name(), null, reason)), 0, 0, 1);
    }

    private void account(String jobId, List<Numbered> part, ImportReport report) {
        Map<String, Deque<Integer>> seqsByName = new HashMap<>();
        part.forEach(n -> seqsByName.computeIfAbsent(n.item().name(), k -> new ArrayDeque<>()).add(n.seq()));
        List<ImportJobItem> items = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (ImportReport.Entry entry : report.entries()) {
            Integer seq = seqsByName.getOrDefault(entry.file(), new ArrayDeque<>()).poll();
            if (seq == null) {
                continue;
            }
            items.add(new ImportJobItem(jobId, seq, entry.file(), entry.status().name(), entry.slug(), entry.reason()));
            switch (entry.status()) {
                case IMPORTED, REPLACED -> accepted++;
                case DUPLICATE, PROBABLE_DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
        }
        jobs.counted(jobId, items, accepted, duplicates, rejected);
    }
}
