package dev.gazette.it.restart;

import dev.gazette.it.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An application server run as a plain process, so a test can kill it as an operator's `kill -9` would. */
public abstract class ServerProcess {

    protected final Path work;

    protected ServerProcess(Path work) {
        this.work = work;
    }

    public abstract String baseUrl();

    /** Starts the server with Gazette deployed and waits until the front page answers. */
    public abstract void start() throws Exception;

    /** Stops the server the way an operator would, letting it shut down. */
    public abstract void stop() throws Exception;

    /** The server's JVM, by the process this test started or the process id the server recorded: never by name. */
    protected abstract Optional<ProcessHandle> jvm();

    /** Forgets every earlier run: configuration, deployments and data. */
    public void reset() throws IOException {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(work);
    }

    /** SIGKILL to the server's JVM: no shutdown hook runs, nothing is flushed or closed. */
    public void killHard() throws InterruptedException {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("No server JVM found to kill"));
        jvm.destroyForcibly();
        jvm.onExit().join();
    }

    protected void awaitFrontPage(Duration timeout) throws InterruptedException {
        Http http = new Http(baseUrl());
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                // Not "/": WildFly's welcome page answers there before Gazette is deployed.
                if (http.get("/api/articles?size=1").body().startsWith("{\"total\"")) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Gazette did not answer at " + baseUrl() + " within " + timeout
                + "; see the server log under " + work);
    }

    protected Process launch(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("GAZETTE_ADMIN_PASSWORD", dev.gazette.it.Gazette.ADMIN_PASSWORD);
        return builder.start();
    }

    public static Path property(String name) {
        return Path.of(Optional.ofNullable(System.getProperty(name))
                .orElseThrow(() -> new IllegalStateException("System property " + name + " is not set")));
    }
}
