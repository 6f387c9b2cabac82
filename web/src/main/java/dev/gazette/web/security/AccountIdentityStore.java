package dev.gazette.web.security;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;

/** Checks a user name and password against the hashed passwords of Gazette's accounts. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.byUsername(credential.getCaller())
                .filter(account -> passwordHash.verify(credential.getPassword().getValue(), account.passwordHash()))
                .map(account -> new CredentialValidationResult(account.username(), Set.of(Account.ADMIN_ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
