package dev.gazette.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void blocksAtTheLimitForAMinuteThenDoublingUpToFifteen() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.ofAccount("ed"), NOW);
        for (int i = 0; i < 4; i++) {
            throttle.failed(NOW, 5);
        }
        assertFalse(throttle.isBlocked(NOW));
        throttle.failed(NOW, 5);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), throttle.blockedUntil(NOW).orElseThrow());
        throttle.failed(NOW, 5);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), throttle.blockedUntil(NOW).orElseThrow());
        for (int i = 0; i < 10; i++) {
            throttle.failed(NOW, 5);
        }
        assertEquals(NOW.plus(Duration.ofMinutes(15)), throttle.blockedUntil(NOW).orElseThrow());
    }

    @Test
    void aBlockEnds() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.ofAddress("10.0.0.1"), NOW);
        throttle.failed(NOW, 1);
        assertTrue(throttle.isBlocked(NOW.plusSeconds(59)));
        assertFalse(throttle.isBlocked(NOW.plusSeconds(60)));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.ofAccount("ed"), NOW);
        for (int i = 0; i < 4; i++) {
            throttle.failed(NOW, 5);
        }
        Instant later = NOW.plus(LoginThrottle.WINDOW).plusSeconds(1);
        throttle.failed(later, 5);
        assertEquals(1, throttle.failures());
        assertFalse(throttle.isBlocked(later));
    }

    @Test
    void blockLengths() {
        assertEquals(Duration.ofMinutes(1), LoginThrottle.blockFor(0));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.blockFor(3));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.blockFor(4));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.blockFor(40));
    }
}
