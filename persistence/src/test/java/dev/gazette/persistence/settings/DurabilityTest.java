package dev.gazette.persistence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.schema.Migrations;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database keeps every commit through a {@code kill -9}: a child JVM commits rows through the same data
 * source the server uses, is killed the moment it reports the last commit, and the rows must all be there.
 */
class DurabilityTest {

    static final int ROWS = 30;

    @Test
    void keepsEveryCommitWhenTheProcessIsKilledRightAfter(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dgazette.data.dir=" + dataDir,
                Committer.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("COMMITTED " + ROWS)) {
                // wait for the last commit to be reported
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        System.setProperty("gazette.data.dir", dataDir.toString());
        try (Connection connection = new GazetteDataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from source")) {
            rows.next();
            assertEquals(ROWS, rows.getInt(1));
        } finally {
            System.clearProperty("gazette.data.dir");
        }
    }

    /** The child process: commits {@link #ROWS} rows one by one, then waits to be killed. */
    public static final class Committer {
        public static void main(String[] args) throws Exception {
            GazetteDataSource dataSource = new GazetteDataSource();
            Migrations.migrate(dataSource);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into source (name, slug, time_zone, created_at) values (?, ?, 'UTC', ?)")) {
                connection.setAutoCommit(false);
                for (int i = 1; i <= ROWS; i++) {
                    insert.setString(1, "Source " + i);
                    insert.setString(2, "source-" + i);
                    insert.setObject(3, OffsetDateTime.now());
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("COMMITTED " + i);
                    System.out.flush();
                }
                Thread.sleep(60_000);
            }
        }
    }
}
