package dev.gazette.persistence.schema;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Creates and evolves the database schema with Flyway. The migrations are listed here instead of scanned because
 * class-path scanning does not see into WildFly's virtual file system; a new migration is a new line below.
 */
public final class Migrations {

    static final String LOCATION = "db/migration/";
    static final List<String> FILES = List.of(
            "V1__sources_articles_accounts.sql",
            "V2__search_outbox.sql",
            "V3__story_key_by_title.sql",
            "V4__title_index.sql");

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ListedResources())
                .javaMigrationClassProvider(List::of)
                .load()
                .migrate();
    }

    private static final class ListedResources implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return FILES.contains(name) ? new Listed(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return FILES.stream()
                    .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                    .<LoadableResource>map(Listed::new)
                    .toList();
        }
    }

    private static final class Listed extends LoadableResource {

        private final String file;

        Listed(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = Migrations.class.getClassLoader().getResourceAsStream(LOCATION + file);
            if (in == null) {
                throw new UncheckedIOException(new java.io.FileNotFoundException(LOCATION + file));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return LOCATION + file;
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
