package dev.gazette.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waits until processes have stopped working: the end of an import is when the last upload is answered and the
 * indexes behind it have merged, not the answer alone. Idle is less than a twentieth of a core, over each of two
 * seconds in a row, by the CPU time Linux counts for them.
 */
final class Idle {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final Duration SAMPLE = Duration.ofSeconds(1);

    private Idle() {
    }

    /** Returns when all of them are idle (or after ten minutes), without the two idle seconds themselves. */
    static Instant await(List<ProcessHandle> processes) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        long before = ticks(processes);
        int quiet = 0;
        Instant firstQuiet = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Instant sampled = Instant.now();
            Thread.sleep(SAMPLE.toMillis());
            long now = ticks(processes);
            double cores = (now - before) / (double) TICKS_PER_SECOND / (SAMPLE.toMillis() / 1000.0);
            before = now;
            if (cores < 0.05) {
                firstQuiet = quiet == 0 ? sampled : firstQuiet;
                if (++quiet == 2) {
                    return firstQuiet;
                }
            } else {
                quiet = 0;
            }
        }
        return Instant.now();
    }

    /** User and system CPU ticks of the processes so far (fields 14 and 15 of /proc/PID/stat). */
    private static long ticks(List<ProcessHandle> processes) {
        long total = 0;
        for (ProcessHandle process : processes) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // a process that ended uses no CPU
            }
        }
        return total;
    }
}
