package dev.gazette.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The engine Miniflux uses for the same job: PostgreSQL's full-text search on a stored tsvector (title weighted A,
 * abstract and body B) with a GIN index, queried with websearch_to_tsquery, ranked by ts_rank. A search does what
 * Gazette's page does: the count, the top 20 with ts_headline snippets, and the counts per source and per month.
 */
final class PostgresFullText {

    private final String url;
    private final String user;

    PostgresFullText(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Loads the corpus with COPY, then builds the GIN index; returns articles per second for both together. */
    double load(Corpus corpus, int articles) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            Statement ddl = db.createStatement();
            ddl.execute("create table article (id int primary key, source text not null, title text not null,"
                    + " summary text not null, body text not null, published_at timestamptz not null,"
                    + " document tsvector generated always as (setweight(to_tsvector('english', title), 'A')"
                    + " || setweight(to_tsvector('english', summary || ' ' || body), 'B')) stored)");
            long started = System.nanoTime();
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int n = 0; n < articles; n++) {
                Corpus.Article article = corpus.article(n);
                rows.append(n).append('\t').append(tsv(article.source())).append('\t').append(tsv(article.title()))
                        .append('\t').append(tsv(article.summary())).append('\t').append(tsv(String.join("\n\n", article.paragraphs())))
                        .append('\t').append(article.publishedAt()).append("+00\n");
                if (n % 5_000 == 4_999 || n == articles - 1) {
                    copy.copyIn("copy article (id, source, title, summary, body, published_at) from stdin", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            ddl.execute("create index ix_article_document on article using gin (document)");
            ddl.execute("analyze article");
            return articles / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Latency of the measured queries after the same warm-up as Gazette's. */
    Stats latency(Corpus.Vocabulary vocabulary, long seed, int queries) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, "");
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from article where document @@ websearch_to_tsquery('english', ?)");
             PreparedStatement top = db.prepareStatement("select id, title, ts_headline('english', body, q,"
                     + " 'MaxFragments=1, MaxWords=30, MinWords=15') from (select id, title, body, q, ts_rank(document, q) as rank"
                     + " from article, websearch_to_tsquery('english', ?) q where document @@ q order by rank desc limit 20) t"
                     + " order by rank desc");
             PreparedStatement sources = db.prepareStatement("select source, count(*) from article"
                     + " where document @@ websearch_to_tsquery('english', ?) group by source order by 2 desc limit 10");
             PreparedStatement months = db.prepareStatement("select date_trunc('month', published_at), count(*) from article"
                     + " where document @@ websearch_to_tsquery('english', ?) group by 1 order by 1 desc limit 24")) {
            PreparedStatement[] page = {count, top, sources, months};
            Corpus warmUp = new Corpus(seed + 1, vocabulary);
            for (int i = 0; i < 1000; i++) {
                search(page, warmUp.query());
            }
            Corpus measured = new Corpus(seed + 2, vocabulary);
            double[] millis = new double[queries];
            for (int i = 0; i < queries; i++) {
                String query = measured.query();
                long started = System.nanoTime();
                search(page, query);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            return new Stats(millis);
        }
    }

    private static void search(PreparedStatement[] page, String query) throws Exception {
        for (PreparedStatement statement : page) {
            statement.setString(1, query);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    /** A value for COPY's text format: backslash, tab and line ends escaped. */
    private static String tsv(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
