package dev.gazette.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: wrk (Debian's package {@code wrk}) on the same machine, two threads. A run is one address, or a
 * list of them that each connection walks in turn (a Lua script), with extra headers.
 */
final class Wrk {

    /** What one run measured. {@code errors}: non-2xx/3xx answers and socket errors; {@code timeouts} apart. */
    record Result(double requestsPerSecond, double p50, double p99, long requests, long errors, long timeouts) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static void requireInstalled() {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("The load benchmark needs wrk: apt-get install wrk");
        }
    }

    static Result run(String base, List<String> paths, List<String> headers, int connections, int seconds, Path work)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "5s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (paths.size() > 1) {
            Path script = work.resolve("paths.lua");
            StringBuilder lua = new StringBuilder("local paths = {\n");
            for (String path : paths) {
                lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
            }
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    + "  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            command.add("-s");
            command.add(script.toString());
        }
        command.add(base + paths.get(0));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher socket = SOCKET.matcher(output);
        long socketErrors = 0;
        long timeouts = 0;
        if (socket.find()) {
            socketErrors = Long.parseLong(socket.group(1)) + Long.parseLong(socket.group(2)) + Long.parseLong(socket.group(3));
            timeouts = Long.parseLong(socket.group(4));
        }
        return new Result(number(RATE, output), latency(output, "50%"), latency(output, "99%"),
                (long) number(REQUESTS, output), socketErrors + (long) numberOrZero(NON_2XX, output), timeouts);
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected wrk output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double numberOrZero(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    /** A latency line of --latency ("99%   12.34ms"), in milliseconds. */
    private static double latency(String output, String percentile) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + percentile + " latency in: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
