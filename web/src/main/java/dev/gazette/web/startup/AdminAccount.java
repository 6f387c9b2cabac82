package dev.gazette.web.startup;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.persistence.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
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
    Pbkdf2PasswordHash passwordHash;

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
        accounts.add(new Account(Account.ADMIN, passwordHash.generate(password.toCharArray())));
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
