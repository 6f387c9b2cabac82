package dev.gazette.it.restart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Kill and restart on Payara, run as an operator would: a domain of its own, the EAR in its autodeploy folder. */
class PayaraKillAndRestartIT extends AbstractKillAndRestartIT {

    private static final int PORT_BASE = 9200;
    private static final String DOMAIN = "gazette-durable";
    private final Payara server = new Payara(ServerProcess.property("project.build.directory").resolve("kill-and-restart"));

    @Override
    protected ServerProcess server() {
        return server;
    }

    static final class Payara extends ServerProcess {

        private boolean running;

        Payara(Path work) {
            super(work);
        }

        @Override
        public String baseUrl() {
            return "http://localhost:" + (PORT_BASE + 80);
        }

        /** asadmin starts the domain's JVM and leaves; the domain records the JVM's process id in config/pid. */
        @Override
        protected Optional<ProcessHandle> jvm() {
            try {
                Path pid = work.resolve("domains").resolve(DOMAIN).resolve("config").resolve("pid");
                return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())) : Optional.empty();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private int asadmin(String... arguments) throws Exception {
            List<String> command = new java.util.ArrayList<>(List.of(property("payara.home").resolve("bin").resolve("asadmin").toString()));
            command.addAll(List.of(arguments));
            return launch(command, work.resolve("asadmin.log")).waitFor();
        }

        @Override
        public void start() throws Exception {
            Path domains = work.resolve("domains");
            if (!Files.exists(domains.resolve(DOMAIN))) {
                if (asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                        "--domaindir", domains.toString(), DOMAIN) != 0) {
                    throw new IllegalStateException("Could not create the Payara domain; see " + work.resolve("asadmin.log"));
                }
                Path autodeploy = Files.createDirectories(domains.resolve(DOMAIN).resolve("autodeploy"));
                Files.copy(property("gazette.ear"), autodeploy.resolve("gazette.ear"));
            }
            if (asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN) != 0) {
                throw new IllegalStateException("Could not start Payara; see " + work.resolve("asadmin.log"));
            }
            running = true;
            awaitFrontPage(Duration.ofMinutes(4));
        }

        @Override
        public void stop() throws Exception {
            if (running) {
                asadmin("stop-domain", "--domaindir", work.resolve("domains").toString(), DOMAIN);
                running = false;
            }
        }

        @Override
        public void killHard() throws InterruptedException {
            super.killHard();
            running = false;
        }
    }
}
