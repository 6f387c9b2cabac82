package dev.gazette.web.security;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * Who logged in with this session, and a stamp of the password hash they logged in with: after a password reset
 * the stamp no longer matches, and every other session of the account is logged out.
 */
record SessionLogin(String username, int passwordStamp) implements Serializable {

    private static final String ATTRIBUTE = SessionLogin.class.getName();

    static void remember(HttpSession session, Account account) {
        session.setAttribute(ATTRIBUTE, new SessionLogin(account.username(), account.passwordHash().hashCode()));
    }

    static Optional<SessionLogin> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionLogin login
                ? Optional.of(login) : Optional.empty();
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The account, if it still exists, is enabled and has the password this session logged in with. */
    Optional<Account> account(Accounts accounts) {
        return accounts.byUsername(username)
                .filter(account -> !account.isDisabled() && account.passwordHash().hashCode() == passwordStamp);
    }
}
