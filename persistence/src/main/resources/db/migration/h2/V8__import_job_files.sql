-- The uploaded files of a background import, kept until it is done; their type differs between databases.
CREATE TABLE import_job_file (
    job_id  VARCHAR(36)  NOT NULL,
    seq     INTEGER      NOT NULL,
    name    VARCHAR(500) NOT NULL,
    content BLOB NOT NULL,
    CONSTRAINT pk_import_job_file PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_job_file_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);
