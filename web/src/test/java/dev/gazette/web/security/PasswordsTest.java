package dev.gazette.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashesOfAnotherAlgorithmOrFewerIterationsAreOutdated() {
        assertTrue(Passwords.isOutdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="), "the API default");
        assertTrue(Passwords.isOutdated("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
        assertTrue(Passwords.isOutdated("not a hash"));
        assertFalse(Passwords.isOutdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertFalse(Passwords.isOutdated("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA=="));
    }

    @Test
    void aNewPasswordIsLongEnoughAndNotTheUserName() {
        assertTrue(Passwords.problem("short", "ed").orElseThrow().contains("at least 12"));
        assertTrue(Passwords.problem("editor-of-the-day", "Editor-Of-The-Day").isPresent());
        assertTrue(Passwords.problem("x".repeat(1001), "ed").orElseThrow().contains("at most"));
        assertEquals(Optional.empty(), Passwords.problem("a-long-enough-password", "ed"));
    }

    @Test
    void waitsAreSaidInWords() {
        assertEquals("1 second", Waiting.of(1));
        assertEquals("59 seconds", Waiting.of(59));
        assertEquals("1 minute", Waiting.of(60));
        assertEquals("15 minutes", Waiting.of(14 * 60 + 1));
    }
}
