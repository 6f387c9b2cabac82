package dev.gazette.persistence.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Gazette's configuration: each setting is a system property ({@code gazette.data.dir}) or, failing that, an
 * environment variable ({@code GAZETTE_DATA_DIR}). Read on every call so a test can change a property.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static boolean flag(String property, boolean fallback) {
        return get(property).map(Boolean::parseBoolean).orElse(fallback);
    }

    public static long number(String property, long fallback) {
        return get(property).map(Long::parseLong).orElse(fallback);
    }

    /**
     * Where Gazette keeps its files: {@code gazette.data.dir}, else a {@code gazette} folder in the application
     * server's own data directory (WildFly's {@code jboss.server.data.dir}, Payara's domain {@code data}), else
     * {@code ~/.gazette} outside any server.
     */
    public static Path dataDirectory() {
        return get("gazette.data.dir").map(Path::of)
                .or(() -> Optional.ofNullable(System.getProperty("jboss.server.data.dir")).map(dir -> Path.of(dir, "gazette")))
                .or(() -> Optional.ofNullable(System.getProperty("com.sun.aas.instanceRoot")).map(dir -> Path.of(dir, "data", "gazette")))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".gazette"))
                .toAbsolutePath();
    }

    /**
     * The JDBC URL of the database: {@code gazette.db.url}, else an embedded H2 file in the data directory.
     * WRITE_DELAY=0 makes H2 write each commit to disk at once: with its default delay a {@code kill -9} right after
     * an answered import lost the import.
     */
    public static String databaseUrl() {
        return get("gazette.db.url").orElseGet(() ->
                "jdbc:h2:file:" + dataDirectory().resolve("db").resolve("gazette") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** {@code gazette.db.user}, else H2's {@code sa} or, on PostgreSQL, {@code gazette}. */
    public static String databaseUser() {
        return get("gazette.db.user").orElseGet(() -> Database.of(databaseUrl()).defaultUser());
    }

    public static String databasePassword() {
        return get("gazette.db.password").orElse("");
    }
}
