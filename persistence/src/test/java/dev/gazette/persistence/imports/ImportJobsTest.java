package dev.gazette.persistence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.domain.imports.ImportJobItem;
import dev.gazette.domain.imports.JobState;
import dev.gazette.persistence.JpaTest;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Background imports as the database keeps them: files, the account of items, interruption and resumption. */
class ImportJobsTest extends JpaTest {

    private ImportJob created() {
        return committed(em -> new ImportJobs(em).create(new ImportJob("ed", "10.0.0.1", "Desk", "skip", "node-a"),
                List.<Map.Entry<String, byte[]>>of(new AbstractMap.SimpleImmutableEntry<>("a.csv", new byte[] {1, 2, 3}))));
    }

    @Test
    void aJobKeepsItsFilesAndCountsWhatItsPartsStored() {
        ImportJob job = created();
        committedRun(em -> new ImportJobs(em).change(job.id(), j -> j.start(3, "node-a")));
        committedRun(em -> new ImportJobs(em).counted(job.id(), List.of(
                new ImportJobItem(job.id(), 0, "a.csv#1", "IMPORTED", "one", null),
                new ImportJobItem(job.id(), 2, "a.csv#3", "REJECTED", null, "The title is empty")), 1, 0, 1));

        ImportJob read = committed(em -> new ImportJobs(em).byId(job.id()).orElseThrow());
        assertEquals(2, read.processed());
        assertEquals(66, read.percent());
        assertEquals(Set.of(0, 2), committed(em -> new ImportJobs(em).doneSeqs(job.id())));
        assertEquals(3, committed(em -> new ImportJobs(em).filesOf(job.id())).get(0).content().length);

        committedRun(em -> new ImportJobs(em).finished(job.id()));
        assertEquals(JobState.DONE, committed(em -> new ImportJobs(em).byId(job.id()).orElseThrow()).state());
        assertTrue(committed(em -> new ImportJobs(em).filesOf(job.id())).isEmpty(), "files go once done");
    }

    @Test
    void aNodesRunningJobsAreInterruptedAtItsStartAndCanBeQueuedAgain() {
        ImportJob job = created();
        committedRun(em -> new ImportJobs(em).change(job.id(), j -> j.start(10, "node-a")));

        assertEquals(0, (int) committed(em -> new ImportJobs(em).interruptActiveOf("node-b")), "another node's job");
        assertEquals(1, (int) committed(em -> new ImportJobs(em).interruptActiveOf("node-a")));
        assertEquals(JobState.INTERRUPTED, committed(em -> new ImportJobs(em).byId(job.id()).orElseThrow()).state());

        assertTrue(committed(em -> new ImportJobs(em).queueAgain(job.id(), "node-b")).isPresent());
        assertTrue(committed(em -> new ImportJobs(em).queueAgain(job.id(), "node-b")).isEmpty(), "queued already");
    }
}
