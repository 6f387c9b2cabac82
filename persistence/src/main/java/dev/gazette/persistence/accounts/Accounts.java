package dev.gazette.persistence.accounts;

import dev.gazette.domain.accounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The people who may log in. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Transactional
    public Account add(Account account) {
        em.persist(account);
        return account;
    }
}
