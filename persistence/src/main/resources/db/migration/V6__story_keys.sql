-- Probable duplicates: the same source and the same title but for case, punctuation and spacing (title_key), or the
-- same body (body_hash, SHA-256 of the body with its spacing normalised). Filled by the application for articles
-- stored before this migration (ArticleKeys), hence nullable.
ALTER TABLE article ADD COLUMN title_key VARCHAR(300);
ALTER TABLE article ADD COLUMN body_hash VARCHAR(64);
CREATE INDEX ix_article_source_title_key ON article (source_id, title_key);
CREATE INDEX ix_article_body_hash ON article (body_hash);
