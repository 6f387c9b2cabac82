package dev.gazette.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One uploaded file of a background import, kept in the database until the job is done: any node can run or
 * resume the job, and a crash loses nothing.
 */
@Entity
@Table(name = "import_job_file")
@IdClass(ImportJobFile.Key.class)
@NamedQuery(name = ImportJobFile.OF_JOB, query = "select f from ImportJobFile f where f.jobId = :job order by f.seq")
@NamedQuery(name = ImportJobFile.DELETE_OF_JOB, query = "delete from ImportJobFile f where f.jobId = :job")
public class ImportJobFile {

    public static final String OF_JOB = "ImportJobFile.ofJob";
    public static final String DELETE_OF_JOB = "ImportJobFile.deleteOfJob";

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

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "content", nullable = false, length = 1_000_000_000)
    private byte[] content;

    protected ImportJobFile() {
    }

    public ImportJobFile(String jobId, int seq, String name, byte[] content) {
        this.jobId = Objects.requireNonNull(jobId);
        this.seq = seq;
        this.name = name.length() > 500 ? name.substring(0, 500) : name;
        this.content = Objects.requireNonNull(content);
    }

    public String name() {
        return name;
    }

    public byte[] content() {
        return content;
    }
}
