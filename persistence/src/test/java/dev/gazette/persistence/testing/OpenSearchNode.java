package dev.gazette.persistence.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real OpenSearch node for the test run (module opensearch-node): started once per test JVM in a JVM of its own,
 * since its Lucene is not the embedded backend's, and stopped when the tests end by closing its standard input, or by
 * its process handle if it does not stop in time. Never by name.
 */
public final class OpenSearchNode {

    private static OpenSearchNode shared;

    private final Process process;
    private final int port;

    private OpenSearchNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The JVM's node, started at the first call. */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            shared = start(Path.of(System.getProperty("project.build.directory", "target"), "opensearch"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-stop"));
        }
        return shared;
    }

    public static OpenSearchNode start(Path parent) {
        Path module = Path.of(System.getProperty("gazette.opensearch.node", "../opensearch-node/target")).toAbsolutePath();
        if (!Files.isDirectory(module.resolve("lib"))) {
            throw new IllegalStateException("Build the test OpenSearch node first (./mvnw -pl opensearch-node package): "
                    + module.resolve("lib") + " is missing");
        }
        try {
            Path data = Files.createDirectories(parent.toAbsolutePath().resolve(UUID.randomUUID().toString().substring(0, 8)));
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-cp", module.resolve("classes") + java.io.File.pathSeparator + module.resolve("lib") + "/*",
                    "dev.gazette.opensearch.TestNode", String.valueOf(port), data.toString())
                    .redirectErrorStream(true)
                    .start();
            OpenSearchNode node = new OpenSearchNode(process, port);
            node.awaitReady(data.resolve("node.out"));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the node's output into a file until it says READY, then goes on copying it in the background. */
    private void awaitReady(Path log) throws IOException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 var file = Files.newBufferedWriter(log)) {
                String line;
                while ((line = out.readLine()) != null) {
                    file.write(line);
                    file.newLine();
                    file.flush();
                    if (line.startsWith("READY")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("OpenSearch stopped before it was ready: see " + log));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "opensearch-output");
        copier.setDaemon(true);
        copier.start();
        try {
            ready.get(180, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            stop();
            throw new IllegalStateException("The test OpenSearch node did not start: see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException(e);
        }
    }

    /** The node's JVM, as this object started it. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        // The node takes this port for HTTP and the next for its transport: find a pair that is free.
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket http = new ServerSocket(0)) {
                int port = http.getLocalPort();
                try (ServerSocket transport = new ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IOException("No two free neighbouring ports for OpenSearch");
    }
}
