package dev.gazette.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test run's own: made by initdb in the build's target folder on a free port, started
 * once per test JVM and stopped when it ends, whatever the tests' outcome. Debian's binaries refuse to run as root,
 * so as root (as CI runs) they run as the {@code postgres} system user. Each caller gets a fresh database on it.
 * It is stopped by its data directory, that is by the process id PostgreSQL recorded there, never by name. It listens
 * on TCP alone (a Unix socket's path in a deep build folder can pass the system's length limit); fsync is off, as
 * the tests kill application servers, never the database.
 */
public final class PostgresServer {

    public static final String USER = "gazette";
    private static PostgresServer shared;

    private final Path bin;
    private final Path dataDirectory;
    private final int port;

    private PostgresServer(Path bin, Path dataDirectory, int port) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The JVM's server, started at the first call. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(Path.of(System.getProperty("project.build.directory", "target"), "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
        }
        return shared;
    }

    /** Whether PostgreSQL's server binaries are on this machine (Debian's package postgresql). */
    public static boolean installed() {
        try {
            binaries();
            return true;
        } catch (IOException | IllegalStateException missing) {
            return false;
        }
    }

    public static PostgresServer start(Path parent) {
        try {
            Path bin = binaries();
            Files.createDirectories(parent);
            Path data = parent.toAbsolutePath().resolve(UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(data);
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, data, port);
            if (root()) {
                run(List.of("chown", "-R", "postgres:postgres", data.toString()));
            }
            server.pg("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                    "--no-sync", "--no-instructions");
            try {
                server.pg("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                        "-o", "-p " + port + " -h 127.0.0.1 -k '' -c fsync=off -c max_connections=200 -c max_prepared_transactions=50", "start");
            } catch (RuntimeException failed) {
                server.stop(); // pg_ctl may give up waiting on a server that goes on starting
                throw failed;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database on this server, named after the caller's purpose. */
    public String newDatabase(String purpose) {
        String name = (purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return url(name);
    }

    public synchronized void stop() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            pg("pg_ctl", "-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop");
        }
    }

    private void pg(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's PostgreSQL, newest version first; {@code GAZETTE_TEST_POSTGRES_BIN} names another. */
    private static Path binaries() throws IOException {
        String configured = System.getenv("GAZETTE_TEST_POSTGRES_BIN");
        if (configured != null) {
            if (!Files.isExecutable(Path.of(configured, "initdb"))) {
                throw missing();
            }
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(version -> version.resolve("bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                        .max(Comparator.comparing(dir -> Integer.parseInt(dir.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElseThrow(PostgresServer::missing);
            }
        }
        throw missing();
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql "
                + "(or set GAZETTE_TEST_POSTGRES_BIN to the folder of initdb and pg_ctl)");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
