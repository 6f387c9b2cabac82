package dev.gazette.benchmark;

import java.util.Arrays;

/** Percentiles of latencies in milliseconds. */
record Stats(double[] millis) {

    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String describe() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d queries)",
                percentile(50), percentile(95), percentile(99), millis.length);
    }
}
