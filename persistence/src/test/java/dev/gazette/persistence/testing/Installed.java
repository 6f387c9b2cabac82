package dev.gazette.persistence.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine beyond a JDK (PostgreSQL's binaries, HAProxy, Chromium): without it the test is
 * skipped on a developer's machine, so that {@code ./mvnw verify} passes with a JDK alone, and fails in CI
 * ({@code CI} set), where .ci/run installs everything.
 */
public final class Installed {

    private Installed() {
    }

    public static void orSkip(boolean installed, String install) {
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install it: " + install);
        }
        Assumptions.assumeTrue(installed, "Skipped, not installed here: " + install);
    }
}
