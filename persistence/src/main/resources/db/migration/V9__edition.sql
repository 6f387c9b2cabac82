-- The site's edition: one row whose number every change a reader can see advances (an article or a source stored,
-- changed or deleted, by any node). Reader pages, feeds and their validators (ETag, Last-Modified) are kept per
-- edition, so a page cached on one node is never served after a change made on another.
CREATE TABLE edition (
    id INTEGER PRIMARY KEY,
    number BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO edition (id, number, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
