package dev.gazette.web.users;

import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.Role;
import dev.gazette.domain.audit.AuditAction;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.web.audit.Audit;
import dev.gazette.web.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What admins do to accounts, for the pages and the API alike: each change checked, stored and audited, or
 * refused with a message per field. No password is ever logged or shown.
 */
@ApplicationScoped
public class Users {

    /** Refused: a message per field ("username", "role", "password", "account"). */
    public static final class Refused extends Exception {
        private final Map<String, String> errors;

        Refused(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    /** There is no account of that name. */
    public static final class NoSuchUser extends Exception {
    }

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Audit audit;

    @Transactional(rollbackOn = Refused.class)
    public Account create(HttpServletRequest request, String username, String role, String password) throws Refused {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? null : username.strip();
        Optional.ofNullable(Account.usernameProblem(name)).ifPresent(problem -> errors.put("username", problem));
        if (errors.isEmpty() && accounts.byUsername(name).isPresent()) {
            errors.put("username", "There is an account called " + name + " already.");
        }
        Optional<Role> chosen = Role.named(role);
        if (chosen.isEmpty()) {
            errors.put("role", "Choose a role: admin or editor.");
        }
        Passwords.problem(password, name).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        Account account = accounts.add(new Account(name, passwords.hash(password), chosen.get()));
        audit.record(request, AuditAction.ACCOUNT_CREATED, name, "role " + chosen.get().roleName());
        return account;
    }

    /** Applies whichever of role, disabled and password is given (null: unchanged). */
    @Transactional(rollbackOn = {Refused.class, NoSuchUser.class})
    public Account change(HttpServletRequest request, String username, String role, Boolean disabled, String password)
            throws Refused, NoSuchUser {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Role> newRole = role == null || role.isBlank() ? Optional.empty() : Role.named(role);
        if (role != null && !role.isBlank() && newRole.isEmpty()) {
            errors.put("role", "Choose a role: admin or editor.");
        }
        if (password != null) {
            Passwords.problem(password, username).ifPresent(problem -> errors.put("password", problem));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        String hash = password == null ? null : passwords.hash(password);
        Consumer<Account> change = account -> {
            newRole.ifPresent(account::changeRole);
            if (Boolean.TRUE.equals(disabled)) {
                account.disable();
            } else if (Boolean.FALSE.equals(disabled)) {
                account.enable();
            }
            if (hash != null) {
                account.changePasswordHash(hash);
            }
        };
        try {
            Account changed = accounts.change(username, change).orElseThrow(NoSuchUser::new);
            audit.record(request, AuditAction.ACCOUNT_CHANGED, username, describe(newRole, disabled, hash != null));
            return changed;
        } catch (Accounts.LastAdmin lastAdmin) {
            throw new Refused(Map.of("account", lastAdmin.getMessage()));
        }
    }

    private static String describe(Optional<Role> role, Boolean disabled, boolean password) {
        StringBuilder detail = new StringBuilder();
        role.ifPresent(r -> detail.append("role ").append(r.roleName()).append("; "));
        if (disabled != null) {
            detail.append(disabled ? "disabled; " : "enabled; ");
        }
        if (password) {
            detail.append("password reset; ");
        }
        return detail.isEmpty() ? "no change" : detail.substring(0, detail.length() - 2);
    }
}
