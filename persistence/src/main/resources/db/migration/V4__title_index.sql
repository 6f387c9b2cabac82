-- An upload's earlier stories are looked up by title (Articles.storedStories). V3 meant the story key to lead with
-- the title, but H2 kept the key's old index, led by the source, which the source's foreign key had taken over: a
-- unique key is the same whatever the order of its columns. H2 then compared every article of the source with every
-- title of an upload, half of an import at a million articles. An index of its own on the title serves the lookup on
-- any database.
CREATE INDEX ix_article_title ON article (title);
-- Fresh statistics, so that the planner knows at once how selective a title is (H2 refreshes them by itself only
-- after every 2,000 changed rows; without them it guesses half the table per value and reads the table instead).
ANALYZE;
