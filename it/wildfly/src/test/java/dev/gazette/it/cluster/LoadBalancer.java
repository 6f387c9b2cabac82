package dev.gazette.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from Debian's package in front of the nodes, with the configuration of docs/scale-out.md
 * (src/test/resources/haproxy.cfg), run in the foreground and stopped by the process this object started.
 */
final class LoadBalancer implements AutoCloseable {

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    static LoadBalancer start(Path work, String nodeA, String nodeB) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String template;
        try (InputStream in = LoadBalancer.class.getClassLoader().getResourceAsStream("haproxy.cfg")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(work);
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, template.replace("${LISTEN}", "127.0.0.1:" + port)
                .replace("${NODE_A}", nodeA).replace("${NODE_B}", nodeB));
        Process process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return balancer;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        balancer.close();
        throw new IllegalStateException("HAProxy did not start: see " + work.resolve("haproxy.log"));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
