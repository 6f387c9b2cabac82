package dev.gazette.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** What became of one item of a background import, written with the item's article: the job's exact account. */
@Entity
@Table(name = "import_job_item")
@IdClass(ImportJobItem.Key.class)
@NamedQuery(name = ImportJobItem.OF_JOB, query = "select i from ImportJobItem i where i.jobId = :job order by i.seq")
@NamedQuery(name = ImportJobItem.SEQS_OF_JOB, query = "select i.seq from ImportJobItem i where i.jobId = :job")
public class ImportJobItem {

    public static final String OF_JOB = "ImportJobItem.ofJob";
    public static final String SEQS_OF_JOB = "ImportJobItem.seqsOfJob";

    public record Key(String jobId, int seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "item", nullable = false, length = 600)
    private String item;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "slug", length = 110)
    private String slug;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected ImportJobItem() {
    }

    public ImportJobItem(String jobId, int seq, String item, String status, String slug, String reason) {
        this.jobId = Objects.requireNonNull(jobId);
        this.seq = seq;
        this.item = item.length() > 600 ? item.substring(0, 600) : item;
        this.status = Objects.requireNonNull(status);
        this.slug = slug;
        this.reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    }

    public int seq() { return seq; }
    public String item() { return item; }
    public String status() { return status; }
    public String slug() { return slug; }
    public String reason() { return reason; }
}
