-- Background imports: the job with its counts, and what became of each item (its files: V8, per database).
CREATE TABLE import_job (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    state         VARCHAR(20)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    address       VARCHAR(100),
    chosen_source VARCHAR(100),
    on_probable   VARCHAR(10)   NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    total         INTEGER       NOT NULL,
    processed     INTEGER       NOT NULL,
    accepted      INTEGER       NOT NULL,
    duplicates    INTEGER       NOT NULL,
    rejected      INTEGER       NOT NULL,
    message       VARCHAR(1000),
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP(6) WITH TIME ZONE,
    finished_at   TIMESTAMP(6) WITH TIME ZONE,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_import_job_created ON import_job (created_at DESC);

CREATE TABLE import_job_item (
    job_id VARCHAR(36)   NOT NULL,
    seq    INTEGER       NOT NULL,
    item   VARCHAR(600)  NOT NULL,
    status VARCHAR(20)   NOT NULL,
    slug   VARCHAR(110),
    reason VARCHAR(1000),
    CONSTRAINT pk_import_job_item PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_job_item_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);
