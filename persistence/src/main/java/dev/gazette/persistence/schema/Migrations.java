package dev.gazette.persistence.schema;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import dev.gazette.persistence.settings.Database;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Creates and evolves the database schema with Flyway. The migrations are listed here instead of scanned because
 * class-path scanning does not see into WildFly's virtual file system; a new migration is a new line below.
 * A migration whose SQL is the same on every {@link Database} lives in {@code db/migration/}; one whose SQL differs
 * has a script of the same name in each database's folder ({@code db/migration/h2/}, {@code db/migration/postgresql/}).
 */
public final class Migrations {

    static final String LOCATION = "db/migration/";
    static final List<String> FILES = List.of(
            "V1__sources_articles_accounts.sql",
            "V2__search_outbox.sql",
            "V3__story_key_by_title.sql",
            "V4__title_index.sql",
            "V5__workbench.sql",
            "V6__story_keys.sql",
            "V7__import_jobs.sql",
            "V8__import_job_files.sql",
            "V9__edition.sql");

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ListedResources(databaseOf(dataSource)))
                .javaMigrationClassProvider(List::of)
                .load()
                .migrate();
    }

    private static Database databaseOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Database.named(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    /** Where a listed migration is for a database: its own script if it has one, else the shared one. */
    static String path(Database database, String file) {
        String own = LOCATION + database.folder() + "/" + file;
        return Migrations.class.getClassLoader().getResource(own) != null ? own : LOCATION + file;
    }

    private static final class ListedResources implements ResourceProvider {

        private final Database database;

        ListedResources(Database database) {
            this.database = database;
        }

        @Override
        public LoadableResource getResource(String name) {
            return FILES.contains(name) ? new Listed(path(database, name), name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return FILES.stream()
                    .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                    .<LoadableResource>map(file -> new Listed(path(database, file), file))
                    .toList();
        }
    }

    private static final class Listed extends LoadableResource {

        private final String path;
        private final String file;

        Listed(String path, String file) {
            this.path = path;
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new UncheckedIOException(new java.io.FileNotFoundException(path));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
