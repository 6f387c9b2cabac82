package dev.gazette.it.restart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WildFly started as an operator would: standalone.sh with a base directory of its own (configuration, deployments,
 * data, logs), the EAR in deployments/, a port offset, and Gazette's settings as system properties. Several can run
 * side by side as the nodes of one portal, each with its own node name and transaction node id.
 */
public final class WildFlyProcess extends ServerProcess {

    private final int offset;
    private final Map<String, String> properties;
    private Process process;

    public WildFlyProcess(Path work, int offset, Map<String, String> properties) {
        super(work);
        this.offset = offset;
        this.properties = properties;
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + (8080 + offset);
    }

    public int port() {
        return 8080 + offset;
    }

    /** The JVM that standalone.sh started: a child of the process this object launched. */
    @Override
    protected Optional<ProcessHandle> jvm() {
        return process == null ? Optional.empty()
                : process.toHandle().descendants().filter(child -> child.info().command().orElse("").endsWith("java")).findFirst();
    }

    @Override
    public void start() throws Exception {
        Path home = property("wildfly.home");
        Path base = work.resolve("base");
        if (!Files.exists(base)) {
            copy(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(property("gazette.ear"), base.resolve("deployments").resolve("gazette.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=gazette-" + offset,
                "-Djboss.tx.node.id=gazette-" + offset,
                "-Dgazette.data.dir=" + work.resolve("data")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("--read-only-server-config=standalone.xml");
        process = launch(command, work.resolve("server.log"));
        awaitFrontPage(Duration.ofMinutes(3));
    }

    @Override
    public void stop() throws Exception {
        if (process != null && process.isAlive()) {
            List<ProcessHandle> jvms = process.toHandle().descendants().toList();
            jvms.forEach(ProcessHandle::destroy); // SIGTERM: WildFly shuts down cleanly
            for (ProcessHandle jvm : jvms) {
                try {
                    jvm.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stuck) {
                    jvm.destroyForcibly(); // a shutdown that hangs must not hang the build
                }
            }
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void killHard() throws InterruptedException {
        super.killHard();
        if (process != null) {
            process.destroyForcibly().waitFor(); // standalone.sh, left waiting for its JVM
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
