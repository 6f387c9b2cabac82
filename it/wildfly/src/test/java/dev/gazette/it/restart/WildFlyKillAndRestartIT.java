package dev.gazette.it.restart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Kill and restart on WildFly, started as an operator would: standalone.sh with the EAR in deployments/. */
class WildFlyKillAndRestartIT extends AbstractKillAndRestartIT {

    private static final int OFFSET = 200;
    private final WildFly server = new WildFly(ServerProcess.property("project.build.directory").resolve("kill-and-restart"));

    @Override
    protected ServerProcess server() {
        return server;
    }

    static final class WildFly extends ServerProcess {

        private Process process;

        WildFly(Path work) {
            super(work);
        }

        @Override
        public String baseUrl() {
            return "http://localhost:" + (8080 + OFFSET);
        }

        @Override
        protected String commandLineMarker() {
            return "-Djboss.server.base.dir=" + work.resolve("base");
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
            process = launch(List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=" + OFFSET,
                    "-Dgazette.data.dir=" + work.resolve("data"),
                    "--read-only-server-config=standalone.xml"), work.resolve("server.log"));
            awaitFrontPage(Duration.ofMinutes(3));
        }

        @Override
        public void stop() throws Exception {
            if (process != null && process.isAlive()) {
                List<ProcessHandle> jvms = process.toHandle().descendants().toList();
                jvms.forEach(ProcessHandle::destroy); // SIGTERM: WildFly shuts down cleanly
                jvms.forEach(jvm -> jvm.onExit().join());
                process.destroy();
                process.waitFor();
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
}
