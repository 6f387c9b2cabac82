package dev.gazette.persistence.accounts;

import dev.gazette.domain.accounts.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Failed logins, kept in the database so that every node of a cluster counts the same failures. Each call is a
 * transaction of its own: a failed login is counted even though the login itself changes nothing.
 */
@ApplicationScoped
public class LoginThrottles {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected LoginThrottles() {
    }

    public LoginThrottles(EntityManager em) {
        this.em = em;
    }

    /** Until when the latest-ending block of these subjects lasts; empty if none is blocked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> blockedUntil(Collection<String> subjects, Instant now) {
        return subjects.stream().map(subject -> em.find(LoginThrottle.class, subject))
                .filter(throttle -> throttle != null)
                .flatMap(throttle -> throttle.blockedUntil(now).stream())
                .max(Instant::compareTo);
    }

    /** Counts a failure of the subject; answers until when it is now blocked, if it is. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> failed(String subject, int limit, Instant now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(subject, now);
            em.persist(throttle); // two first failures at once: one insert fails, its caller counts again
        }
        throttle.failed(now, limit);
        // Forget what no longer counts, so that the table stays as small as the attacks of the last quarter hour.
        em.createQuery("delete from LoginThrottle t where t.firstFailureAt < :cutoff"
                        + " and (t.blockedUntil is null or t.blockedUntil < :now) and t.subject <> :subject")
                .setParameter("cutoff", now.minus(LoginThrottle.WINDOW)).setParameter("now", now)
                .setParameter("subject", subject).executeUpdate();
        return throttle.blockedUntil(now);
    }

    /** A successful login forgets the account's failures. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cleared(String subject) {
        LoginThrottle throttle = em.find(LoginThrottle.class, subject);
        if (throttle != null) {
            em.remove(throttle);
        }
    }
}
