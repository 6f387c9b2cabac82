package dev.gazette.persistence.accounts;

import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The people who may log in. There is always at least one enabled admin: no change may lock every admin out. */
@ApplicationScoped
public class Accounts {

    /** The change would leave no enabled admin: refused, nothing stored. */
    public static final class LastAdmin extends RuntimeException {
        LastAdmin() {
            super("At least one enabled admin account must remain.");
        }
    }

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected Accounts() {
    }

    public Accounts(EntityManager em) {
        this.em = em;
    }

    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    @Transactional
    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    /**
     * Applies a change to the account in one transaction; empty if there is no such account. Throws {@link LastAdmin}
     * (and stores nothing) if afterwards no enabled admin would be left.
     */
    @Transactional
    public Optional<Account> change(String username, Consumer<Account> change) {
        Optional<Account> found = byUsername(username);
        found.ifPresent(account -> {
            change.accept(account);
            em.flush();
            if (em.createNamedQuery(Account.ENABLED_ADMINS, Long.class).setParameter("role", Role.ADMIN)
                    .getSingleResult() == 0) {
                throw new LastAdmin();
            }
        });
        return found;
    }
}
