-- Tables of Hibernate Search's outbox-polling coordination, used only when several application nodes share one
-- database and one search cluster (docs/scale-out.md). The same tables as H2's V2, in the types Hibernate maps them
-- to on PostgreSQL (bytea payloads, enums as checked strings), so that its validation passes.
CREATE TABLE HSEARCH_AGENT (
    id                 UUID NOT NULL,
    assignedShardIndex INTEGER,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    name               VARCHAR(255) NOT NULL,
    payload            BYTEA,
    state              VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'SUSPENDED', 'WAITING')),
    tenantId           VARCHAR(255),
    totalShardCount    INTEGER,
    type               VARCHAR(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    PRIMARY KEY (id)
);

CREATE TABLE HSEARCH_OUTBOX_EVENT (
    id           UUID NOT NULL,
    entityId     VARCHAR(256) NOT NULL,
    entityIdHash INTEGER NOT NULL,
    entityName   VARCHAR(256) NOT NULL,
    payload      BYTEA NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    retries      INTEGER NOT NULL,
    status       VARCHAR(255) NOT NULL CHECK (status IN ('ABORTED', 'PENDING')),
    tenantId     VARCHAR(255),
    PRIMARY KEY (id)
);

CREATE INDEX ix_hsearch_outbox_event_hash ON HSEARCH_OUTBOX_EVENT (entityIdHash);
CREATE INDEX ix_hsearch_outbox_event_status ON HSEARCH_OUTBOX_EVENT (status);
CREATE INDEX ix_hsearch_outbox_event_after ON HSEARCH_OUTBOX_EVENT (processAfter);
