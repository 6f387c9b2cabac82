package dev.gazette.web.startup;

import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.Role;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.persistence.settings.Settings;
import dev.gazette.web.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * The {@code admin} account exists from the first start. Its password is GAZETTE_ADMIN_PASSWORD (or the system
 * property {@code gazette.admin.password}) at that start; without one, a random password is generated and logged
 * once. Only its hash is stored, so a lost password cannot be read back: see the README to reset it.
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    public void ensureExists() {
        if (accounts.byUsername(Account.ADMIN).isPresent()) {
            return;
        }
        String password = Settings.get("gazette.admin.password").orElseGet(() -> {
            String generated = randomPassword();
            LOG.warning("Gazette created the user 'admin' with the generated password " + generated
                    + " (shown only this once; set GAZETTE_ADMIN_PASSWORD before the first start to choose one)");
            return generated;
        });
        if (password.length() < Passwords.minLength()) {
            LOG.warning("GAZETTE_ADMIN_PASSWORD is shorter than the " + Passwords.minLength()
                    + " characters a password set in Gazette needs: change it at /admin/users");
        }
        accounts.add(new Account(Account.ADMIN, passwords.hash(password), Role.ADMIN));
        LOG.info("Gazette created the user 'admin'");
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
