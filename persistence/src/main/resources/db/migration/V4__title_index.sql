-- An upload's earlier stories are looked up by title alone (Articles.storedStories). V3 was meant to serve that
-- lookup, but it was left off the list in Migrations and never ran: the story key still began with the source, and
-- H2 compared every article of the source with every title of an upload, half of an import at a million articles.
-- An index of its own on the title serves the lookup whatever order a database gives the unique key's index.
CREATE INDEX ix_article_title ON article (title);
