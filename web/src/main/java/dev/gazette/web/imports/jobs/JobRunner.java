package dev.gazette.web.imports.jobs;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.domain.imports.ImportJobFile;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.web.imports.Imports;
import dev.gazette.web.imports.ProbableDuplicates;
import dev.gazette.web.imports.Upload;
import dev.gazette.web.imports.formats.Formats;
import dev.gazette.web.imports.formats.ImportItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs background imports on the server's managed executor (Jakarta Concurrency): the job's files are read again
 * from the database, and its items stored in parts of {@link #PART}, each part with its account (JobParts). A
 * resumed job skips the items that have an account already.
 */
@ApplicationScoped
public class JobRunner {

    static final int PART = 100;
    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs jobs;

    @Inject
    JobParts parts;

    @Inject
    Imports imports;

    @Inject
    SearchIndex searchIndex;

    public void submit(String id) {
        executor.submit(() -> run(id));
    }

    void run(String id) {
        try {
            ImportJob job = jobs.byId(id).orElseThrow();
            List<Upload> uploads = jobs.filesOf(id).stream().map(f -> Upload.of(f.name(), f.content())).toList();
            List<ImportItem> items = imports.read(uploads);
            Set<Integer> done = jobs.doneSeqs(id);
            jobs.change(id, j -> j.start(items.size(), Nodes.name()));
            ProbableDuplicates probable = new ProbableDuplicates(
                    ProbableDuplicates.named(job.onProbable()).orElse(ProbableDuplicates.Choice.SKIP), Map.of());
            IndexingBatch batch = searchIndex.batch();
            List<JobParts.Numbered> part = new ArrayList<>();
            for (int seq = 0; seq < items.size(); seq++) {
                if (!done.contains(seq)) {
                    part.add(new JobParts.Numbered(seq, items.get(seq)));
                }
                if (part.size() == PART || (seq == items.size() - 1 && !part.isEmpty())) {
                    store(job, part, probable, batch);
                    part = new ArrayList<>();
                }
            }
            batch.awaitSearchable();
            jobs.finished(id);
            LOG.info("Background import " + id + " done: " + items.size() + " items");
        } catch (Formats.TooManyItems tooMany) {
            jobs.change(id, job -> job.fail(tooMany.getMessage()));
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Background import " + id + " failed", failure);
            jobs.change(id, job -> job.fail("The import stopped because of an error on the server; it has been"
                    + " logged. What was counted has landed; start it again to import the rest."));
        }
    }

    /** The part in one transaction; should that fail, each item on its own, so that one cannot cost the others. */
    private void store(ImportJob job, List<JobParts.Numbered> part, ProbableDuplicates probable, IndexingBatch batch) {
        try {
            parts.store(job, part, probable, batch);
        } catch (RuntimeException partFailed) {
            LOG.log(Level.INFO, "A part of background import " + job.id() + " failed; storing its items one by one", partFailed);
            for (JobParts.Numbered one : part) {
                try {
                    parts.store(job, List.of(one), probable, batch);
                } catch (RuntimeException failed) {
                    parts.refused(job, one, "The article could not be stored; please import this item again");
                }
            }
        }
    }
}
