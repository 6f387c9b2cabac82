package dev.gazette.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The baseline: search as FreshRSS and WordPress do it, SQL LIKE per word, on an H2 table of the same articles. */
final class LikeBaseline {

    private LikeBaseline() {
    }

    /** The same articles in an H2 table, searched as FreshRSS and WordPress search: LIKE '%word%' per word. */
    static Stats measure(Path work, int articles, int queries, Corpus.Vocabulary vocabulary, long seed) throws Exception {
        Path folder = Files.createDirectories(work.resolve("like"));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("like") + ";WRITE_DELAY=0", "sa", "")) {
            db.createStatement().execute("drop table if exists article");
            db.createStatement().execute("create table article (id int primary key, source varchar(100), title varchar(300),"
                    + " summary varchar(4000), body varchar(1000000), published_at timestamp)");
            Corpus corpus = new Corpus(seed, vocabulary);
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into article values (?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < articles; n++) {
                    Corpus.Article article = corpus.article(n);
                    insert.setInt(1, n);
                    insert.setString(2, article.source());
                    insert.setString(3, article.title());
                    insert.setString(4, article.summary());
                    insert.setString(5, String.join("\n\n", article.paragraphs()));
                    insert.setObject(6, article.publishedAt());
                    insert.addBatch();
                    if (n % 1000 == 999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            System.out.printf("H2 insert for the LIKE baseline: %,.0f rows/s%n", articles / ((System.nanoTime() - started) / 1e9));
            Corpus measured = new Corpus(seed + 2, vocabulary);
            double[] millis = new double[queries];
            for (int i = 0; i < queries; i++) {
                String[] words = measured.query().split(" ");
                StringBuilder where = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    where.append(w == 0 ? "" : " and ").append("(lower(title) like ? or lower(summary) like ? or lower(body) like ?)");
                }
                long queryStarted = System.nanoTime();
                for (String sql : new String[] {"select count(*) from article where " + where,
                        "select id, title from article where " + where + " order by published_at desc limit 20"}) {
                    try (PreparedStatement statement = db.prepareStatement(sql)) {
                        for (int w = 0; w < words.length; w++) {
                            for (int c = 1; c <= 3; c++) {
                                statement.setString(w * 3 + c, "%" + words[w] + "%");
                            }
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                millis[i] = (System.nanoTime() - queryStarted) / 1e6;
            }
            return new Stats(millis);
        }
    }
}
