package dev.gazette.web.security;

import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.LoginThrottle;
import dev.gazette.domain.audit.AuditAction;
import dev.gazette.domain.audit.AuditEntry;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.persistence.accounts.LoginThrottles;
import dev.gazette.persistence.audit.AuditLog;
import dev.gazette.persistence.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a user name and password: throttled per account (5 failures) and per client address (20), disabled
 * accounts refused, outdated hashes made anew on success. An unknown name costs the same hashing as a known one.
 */
@ApplicationScoped
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottles throttles;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedPasswords verified;

    @Inject
    AuditLog auditLog;

    private volatile String unknownUsersHash;

    public Login attempt(String username, String password, String address) {
        if (username == null || password == null || username.length() > 100 || password.length() > Passwords.MAX_LENGTH) {
            return new Login.Invalid();
        }
        String accountSubject = LoginThrottle.ofAccount(username);
        String addressSubject = LoginThrottle.ofAddress(address);
        Instant now = Instant.now();
        Optional<Instant> blocked = throttles.blockedUntil(List.of(accountSubject, addressSubject), now);
        if (blocked.isPresent()) {
            return new Login.Blocked(blocked.get());
        }
        Optional<Account> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            passwords.verify(password, unknownUsersHash()); // as long as for a known name: names cannot be timed
        } else if (matches(account.get(), password) && !account.get().isDisabled()) {
            throttles.cleared(accountSubject);
            return new Login.Valid(upgraded(account.get(), password));
        }
        Optional<Instant> nowBlocked = failed(accountSubject, limit("account", 5), now)
                .or(() -> failed(addressSubject, limit("address", 20), now));
        if (nowBlocked.isPresent()) {
            auditLog.record(new AuditEntry(username, address, AuditAction.LOGIN_BLOCKED, username,
                    "Logins refused until " + nowBlocked.get()));
            return new Login.Blocked(nowBlocked.get());
        }
        return new Login.Invalid();
    }

    private boolean matches(Account account, String password) {
        if (verified.wasVerified(account.username(), account.passwordHash(), password)) {
            return true;
        }
        boolean matches = passwords.verify(password, account.passwordHash());
        if (matches) {
            verified.remember(account.username(), account.passwordHash(), password);
        }
        return matches;
    }

    /** Today's hash for a password verified against an older one. */
    private Account upgraded(Account account, String password) {
        if (!Passwords.isOutdated(account.passwordHash())) {
            return account;
        }
        String hash = passwords.hash(password);
        try {
            Account changed = accounts.change(account.username(), a -> a.changePasswordHash(hash)).orElse(account);
            verified.remember(changed.username(), changed.passwordHash(), password);
            LOG.info("The password hash of '" + account.username() + "' was made anew with today's iterations");
            return changed;
        } catch (RuntimeException concurrent) {
            LOG.log(Level.INFO, "Could not upgrade a password hash now; it will be at the next login", concurrent);
            return account;
        }
    }

    /** Counts the failure; two first failures at once make one insert fail, and it is counted again. */
    private Optional<Instant> failed(String subject, int limit, Instant now) {
        try {
            return throttles.failed(subject, limit, now);
        } catch (RuntimeException concurrent) {
            return throttles.failed(subject, limit, now);
        }
    }

    private static int limit(String kind, int fallback) {
        return (int) Math.max(1, Settings.number("gazette.login.max-failures-per-" + kind, fallback));
    }

    private String unknownUsersHash() {
        String hash = unknownUsersHash;
        if (hash == null) {
            hash = passwords.hash("no such user " + System.nanoTime());
            unknownUsersHash = hash;
        }
        return hash;
    }
}
