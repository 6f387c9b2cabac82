package dev.gazette.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed logins of one subject (an account, or a client address) within a window. Past the subject's limit, each
 * further failure blocks it for twice as long as the one before, from a minute up to {@link #LONGEST_BLOCK}: a person
 * who mistyped waits a minute, a program guessing passwords gets a few dozen tries a day.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Failures older than this are forgotten. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "subject", length = 300)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String subject, Instant now) {
        this.subject = Objects.requireNonNull(subject);
        this.firstFailureAt = Objects.requireNonNull(now);
    }

    public static String ofAccount(String username) {
        return "account:" + username;
    }

    public static String ofAddress(String address) {
        return "address:" + address;
    }

    /** Counts a failure at {@code now}; the {@code limit}-th failure in the window and every later one block. */
    public void failed(Instant now, int limit) {
        if (firstFailureAt.plus(WINDOW).isBefore(now) && !isBlocked(now)) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= limit) {
            blockedUntil = now.plus(blockFor(failures - limit));
        }
    }

    /** One minute for the first failure at the limit, doubling with each further one, at most {@link #LONGEST_BLOCK}. */
    static Duration blockFor(int beyondLimit) {
        if (beyondLimit >= 4) {
            return LONGEST_BLOCK;
        }
        Duration block = Duration.ofMinutes(1L << beyondLimit);
        return block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block;
    }

    public boolean isBlocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    public Optional<Instant> blockedUntil(Instant now) {
        return isBlocked(now) ? Optional.of(blockedUntil) : Optional.empty();
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }
}
