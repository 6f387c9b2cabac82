package dev.gazette.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified lately, so that a script sending Basic credentials with every API call does not cost 600,000
 * PBKDF2 iterations each time. Only an HMAC of the password under a key made at start is kept, in memory, for a few
 * minutes, and only while the account's stored hash is the one it was verified against: a new password, or a
 * disabled account (checked on every request), is seen at once.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(String storedHash, byte[] mac, Instant until) {
    }

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    public boolean wasVerified(String username, String storedHash, String password) {
        Verified entry = verified.get(username);
        return entry != null && entry.until().isAfter(Instant.now()) && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    public void remember(String username, String storedHash, String password) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(username, new Verified(storedHash, mac(username, password), Instant.now().plus(KEPT)));
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((username + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", missing);
        }
    }
}
