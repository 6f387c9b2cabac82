package dev.gazette.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Payara with Gazette, in a domain of the run's own (ports 9500+: http 9580, admin 9548), configured as the build
 * configures its domains (compression, long request lines) with a 1 GiB heap like the WildFly of {@link Server}.
 */
final class PayaraServer implements AutoCloseable {

    private static final String DOMAIN = "gazette-load";
    private final Path home;
    private final Path ear;
    private final Path work;
    private final String password;
    private boolean started;

    PayaraServer(Path home, Path ear, Path work, String password) {
        this.home = home;
        this.ear = ear;
        this.work = work;
        this.password = password;
    }

    String baseUrl() {
        return "http://localhost:9580";
    }

    void start(boolean keepData) throws Exception {
        Path domains = work.resolve("payara");
        if (!keepData || !Files.exists(domains.resolve(DOMAIN))) {
            Server.delete(work);
            asadmin("create-domain", "--nopassword", "--portbase", "9500", "--domaindir", domains.toString(), DOMAIN);
            Path config = domains.resolve(DOMAIN).resolve("config/domain.xml");
            String xml = Files.readString(config, StandardCharsets.UTF_8)
                    .replace("-Xmx512m", "-Xmx1g")
                    .replaceFirst("(<protocol name=\"http-listener-1\">\\s*<http )", "$1header-buffer-length-bytes=\"65536\""
                            + " compression=\"on\" compressable-mime-type=\"text/html,text/css,text/plain,text/javascript,"
                            + "application/json,application/xml,application/atom+xml,application/rss+xml,image/svg+xml\" ");
            Files.writeString(config, xml, StandardCharsets.UTF_8);
        }
        asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
        started = true;
        asadmin("deploy", "--port", "9548", "--force", "true", "--name", "gazette", ear.toString());
        if (!Server.answersWithin(baseUrl(), Duration.ofMinutes(keepData ? 60 : 5))) {
            throw new IllegalStateException("Payara did not start Gazette; see " + domains.resolve(DOMAIN).resolve("logs/server.log"));
        }
    }

    private void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("asadmin.log").toFile()));
        Files.createDirectories(work);
        // Settings are read from the environment too (Settings.get): the domain's JVM inherits asadmin's.
        builder.environment().put("GAZETTE_ADMIN_PASSWORD", password);
        builder.environment().put("GAZETTE_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("GAZETTE_SAMPLES", "false");
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see " + work.resolve("asadmin.log"));
        }
    }

    /** The domain's JVM, by the pid file Payara writes. */
    ProcessHandle jvm() {
        try {
            long pid = Long.parseLong(Files.readString(work.resolve("payara").resolve(DOMAIN).resolve("config/pid")).strip());
            return ProcessHandle.of(pid).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException("No pid file of the Payara domain", e);
        }
    }

    @Override
    public void close() throws Exception {
        if (started) {
            asadmin("stop-domain", "--domaindir", work.resolve("payara").toString(), DOMAIN);
        }
    }
}
