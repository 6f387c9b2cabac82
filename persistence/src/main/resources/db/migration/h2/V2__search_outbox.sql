-- Tables of Hibernate Search's outbox-polling coordination, used only when several application nodes share one
-- database and one search cluster (README, "Scaling out"). Hibernate validates them against its own mapping when
-- that coordination is switched on; otherwise they stay empty.
CREATE TABLE HSEARCH_AGENT (
    id                 UUID NOT NULL,
    assignedShardIndex INTEGER,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    name               VARCHAR(255) NOT NULL,
    payload            BLOB,
    state              ENUM ('RUNNING', 'SUSPENDED', 'WAITING') NOT NULL,
    tenantId           VARCHAR(255),
    totalShardCount    INTEGER,
    type               ENUM ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING') NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE HSEARCH_OUTBOX_EVENT (
    id           UUID NOT NULL,
    entityId     VARCHAR(256) NOT NULL,
    entityIdHash INTEGER NOT NULL,
    entityName   VARCHAR(256) NOT NULL,
    payload      BLOB NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    retries      INTEGER NOT NULL,
    status       ENUM ('ABORTED', 'PENDING') NOT NULL,
    tenantId     VARCHAR(255),
    PRIMARY KEY (id)
);

CREATE INDEX ix_hsearch_outbox_event_hash ON HSEARCH_OUTBOX_EVENT (entityIdHash);
CREATE INDEX ix_hsearch_outbox_event_status ON HSEARCH_OUTBOX_EVENT (status);
CREATE INDEX ix_hsearch_outbox_event_after ON HSEARCH_OUTBOX_EVENT (processAfter);
