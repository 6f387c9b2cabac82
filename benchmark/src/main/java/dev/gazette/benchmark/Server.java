package dev.gazette.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** WildFly with Gazette, on port 8380, with a fresh data directory (or the kept one) and a 1 GiB heap. */
final class Server implements AutoCloseable {

    private static final int OFFSET = 300;
    private final Path home;
    private final Path ear;
    private final Path work;
    private final String password;
    private final String flightRecording;
    private final boolean keepData;
    private final String serverOptions;
    private Process process;

    /**
     * {@code flightRecording}: a file for a Java Flight Recording of the whole run, or blank for none;
     * {@code keepData}: start on the data directory of the previous run instead of a fresh one;
     * {@code serverOptions}: more options for the server's JVM (a setting to compare, say), or blank.
     */
    Server(Path home, Path ear, Path work, String password, String flightRecording, boolean keepData,
            String serverOptions) {
        this.serverOptions = serverOptions;
        this.flightRecording = flightRecording;
        this.keepData = keepData;
        this.home = home;
        this.ear = ear;
        this.work = work;
        this.password = password;
    }

    String baseUrl() {
        return "http://localhost:" + (8080 + OFFSET);
    }

    void start() throws Exception {
        Path base = work.resolve("wildfly");
        delete(keepData ? base : work);
        try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = base.resolve("configuration").resolve(home.resolve("standalone/configuration").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/gazette.ear"));
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dgazette.data.dir=" + work.resolve("data"), "-Dgazette.samples=false",
                "--read-only-server-config=standalone.xml"))
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        builder.environment().put("GAZETTE_ADMIN_PASSWORD", password);
        builder.environment().put("JAVA_OPTS", "-Xms1g -Xmx1g -XX:+UseG1GC -Djava.net.preferIPv4Stack=true "
                + serverOptions
                + (flightRecording.isBlank() ? "" : " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + flightRecording));
        process = builder.start();
        if (!answersWithin(baseUrl(), Duration.ofMinutes(keepData ? 60 : 3))) {
            throw new IllegalStateException("WildFly did not start; see " + work.resolve("server.log"));
        }
    }

    /** Whether Gazette at {@code base} answers its API within the time (a kept index may first be checked at length). */
    static boolean answersWithin(String base, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?size=1"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.body().startsWith("{\"total\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The server's JVM, the child of the standalone.sh this object started. */
    ProcessHandle jvm() {
        return process.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow();
    }

    String residentMegabytes() {
        return residentMegabytes(jvm());
    }

    /** The resident memory of a process, from /proc. */
    static String residentMegabytes(ProcessHandle process) {
        return java.util.Optional.of(process).map(jvm -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(jvm.pid()), "status")).stream()
                                .filter(line -> line.startsWith("VmRSS:")).findFirst()
                                .map(line -> String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024))
                                .orElse("?");
                    } catch (IOException e) {
                        return "?";
                    }
                }).orElse("?");
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            List<ProcessHandle> jvms = process.toHandle().descendants().toList();
            jvms.forEach(ProcessHandle::destroy);
            jvms.forEach(jvm -> jvm.onExit().join());
            process.destroy();
            process.waitFor();
        }
    }
}
