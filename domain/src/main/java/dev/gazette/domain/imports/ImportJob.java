package dev.gazette.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A large import running in the background. Its counts are written in the same transaction as the articles they
 * count, so that after a crash they say exactly what landed. {@code owner} is the node running it.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = ImportJob.LATEST, query = "select j from ImportJob j order by j.createdAt desc")
@NamedQuery(name = ImportJob.ACTIVE_OF_OWNER, query = "select j from ImportJob j where j.owner = :owner"
        + " and j.state in (dev.gazette.domain.imports.JobState.QUEUED, dev.gazette.domain.imports.JobState.RUNNING)")
public class ImportJob {

    public static final String LATEST = "ImportJob.latest";
    public static final String ACTIVE_OF_OWNER = "ImportJob.activeOfOwner";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private JobState state;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "address", length = 100)
    private String address;

    @Column(name = "chosen_source", length = 100)
    private String chosenSource;

    @Column(name = "on_probable", nullable = false, length = 10)
    private String onProbable;

    @Column(name = "owner", nullable = false, length = 200)
    private String owner;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "processed", nullable = false)
    private int processed;

    @Column(name = "accepted", nullable = false)
    private int accepted;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    @Column(name = "message", length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImportJob() {
    }

    public ImportJob(String actor, String address, String chosenSource, String onProbable, String owner) {
        this.id = UUID.randomUUID().toString();
        this.state = JobState.QUEUED;
        this.actor = Objects.requireNonNull(actor);
        this.address = address;
        this.chosenSource = chosenSource;
        this.onProbable = Objects.requireNonNull(onProbable);
        this.owner = Objects.requireNonNull(owner);
        this.createdAt = Instant.now();
    }

    /** Runs (again): on a resume, the counts so far stay, and the items that landed are skipped. */
    public void start(int totalItems, String node) {
        state = JobState.RUNNING;
        owner = node;
        total = totalItems;
        startedAt = startedAt == null ? Instant.now() : startedAt;
        finishedAt = null;
        message = null;
    }

    /** One part stored: counted in the transaction that stored it. */
    public void counted(int items, int acceptedItems, int duplicateItems, int rejectedItems) {
        processed += items;
        accepted += acceptedItems;
        duplicates += duplicateItems;
        rejected += rejectedItems;
    }

    public void finish() {
        state = JobState.DONE;
        finishedAt = Instant.now();
    }

    public void fail(String why) {
        state = JobState.FAILED;
        message = why == null ? null : why.substring(0, Math.min(why.length(), 1000));
        finishedAt = Instant.now();
    }

    public void interrupt() {
        state = JobState.INTERRUPTED;
        message = "The server stopped while this import ran; " + processed + " of " + total
                + " items were processed. Start it again to import the rest.";
    }

    public void queueAgain(String node) {
        state = JobState.QUEUED;
        owner = node;
    }

    /** Seconds left at the pace so far; -1 while unknown. */
    public long secondsLeft(Instant now) {
        if (state != JobState.RUNNING || processed == 0 || startedAt == null) {
            return -1;
        }
        double perItem = Duration.between(startedAt, now).toMillis() / (double) processed;
        return Math.round(perItem * (total - processed) / 1000);
    }

    public int percent() {
        return total == 0 ? (state == JobState.DONE ? 100 : 0) : (int) Math.min(100, processed * 100L / total);
    }

    public String id() { return id; }
    public JobState state() { return state; }
    public String actor() { return actor; }
    public String address() { return address; }
    public String chosenSource() { return chosenSource; }
    public String onProbable() { return onProbable; }
    public String owner() { return owner; }
    public int total() { return total; }
    public int processed() { return processed; }
    public int accepted() { return accepted; }
    public int duplicates() { return duplicates; }
    public int rejected() { return rejected; }
    public String message() { return message; }
    public Instant createdAt() { return createdAt; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
