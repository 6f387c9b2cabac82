package dev.gazette.web.security;

import dev.gazette.persistence.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 at 600,000 iterations, OWASP's count for it in 2025, by Jakarta Security's own
 * implementation. A stored hash records its algorithm and count ("PBKDF2WithHmacSHA256:2048:salt:hash"), so hashes
 * made with fewer iterations still verify, and are made anew at their owner's next login ({@link #isOutdated}).
 */
@ApplicationScoped
public class Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    public static final int MAX_LENGTH = 1000;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        try {
            return hash.verify(password.toCharArray(), stored);
        } catch (RuntimeException unreadable) {
            return false; // a hash in another format never matches
        }
    }

    /** Made with another algorithm or fewer iterations than today's. */
    public static boolean isOutdated(String stored) {
        String[] parts = stored.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /** Characters a new password needs at least (setting {@code gazette.password.min-length}, default 12). */
    public static int minLength() {
        return (int) Math.max(1, Settings.number("gazette.password.min-length", 12));
    }

    /** Why this cannot be the new password of that user, or empty. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minLength()) {
            return Optional.of("A password needs at least " + minLength() + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password can be at most " + MAX_LENGTH + " characters long.");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of("A password cannot be the user name.");
        }
        return Optional.empty();
    }
}
