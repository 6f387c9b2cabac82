package dev.gazette.persistence.imports;

import dev.gazette.domain.imports.ImportJob;
import dev.gazette.domain.imports.ImportJobFile;
import dev.gazette.domain.imports.ImportJobItem;
import dev.gazette.domain.imports.JobState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Background imports: the jobs, their files until they are done, and the account of each item. */
@ApplicationScoped
public class ImportJobs {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected ImportJobs() {
    }

    public ImportJobs(EntityManager em) {
        this.em = em;
    }

    /** A new job with its files (name to content, in upload order). */
    @Transactional
    public ImportJob create(ImportJob job, List<Map.Entry<String, byte[]>> files) {
        em.persist(job);
        for (int i = 0; i < files.size(); i++) {
            em.persist(new ImportJobFile(job.id(), i, files.get(i).getKey(), files.get(i).getValue()));
        }
        return job;
    }

    public Optional<ImportJob> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public List<ImportJob> latest(int count) {
        return em.createNamedQuery(ImportJob.LATEST, ImportJob.class).setMaxResults(count).getResultList();
    }

    public List<ImportJobFile> filesOf(String id) {
        return em.createNamedQuery(ImportJobFile.OF_JOB, ImportJobFile.class).setParameter("job", id).getResultList();
    }

    public List<ImportJobItem> itemsOf(String id) {
        return em.createNamedQuery(ImportJobItem.OF_JOB, ImportJobItem.class).setParameter("job", id).getResultList();
    }

    /** The items of the job that have their account already: a resumed job skips them. */
    public Set<Integer> doneSeqs(String id) {
        return new HashSet<>(em.createNamedQuery(ImportJobItem.SEQS_OF_JOB, Integer.class).setParameter("job", id).getResultList());
    }

    /**
     * Writes the account of some items and counts them, in the caller's transaction: the one that stored their
     * articles, so that counts and articles land together or not at all.
     */
    @Transactional
    public void counted(String id, List<ImportJobItem> items, int accepted, int duplicates, int rejected) {
        items.forEach(em::persist);
        change(id, job -> job.counted(items.size(), accepted, duplicates, rejected));
    }

    @Transactional
    public void change(String id, Consumer<ImportJob> change) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job != null) {
            change.accept(job);
        }
    }

    /** Done: the files are no longer needed. */
    @Transactional
    public void finished(String id) {
        change(id, ImportJob::finish);
        em.createNamedQuery(ImportJobFile.DELETE_OF_JOB).setParameter("job", id).executeUpdate();
    }

    /** At a node's start: its jobs that were running when it stopped. */
    @Transactional
    public int interruptActiveOf(String owner) {
        List<ImportJob> active = em.createNamedQuery(ImportJob.ACTIVE_OF_OWNER, ImportJob.class)
                .setParameter("owner", owner).getResultList();
        active.forEach(ImportJob::interrupt);
        return active.size();
    }

    /** Queues an interrupted or failed job again; empty if there is none such. */
    @Transactional
    public Optional<ImportJob> queueAgain(String id, String owner) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || job.state().isActive() || job.state() == JobState.DONE) {
            return Optional.empty();
        }
        job.queueAgain(owner);
        return Optional.of(job);
    }
}
