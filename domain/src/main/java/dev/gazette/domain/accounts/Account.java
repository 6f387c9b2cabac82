package dev.gazette.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Objects;

/** Someone who may log in to the admin pages. Only the password hash is kept, never the password. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ADMIN = "admin";
    public static final String ADMIN_ROLE = "admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Column(name = "username", nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String passwordHash) {
        this.username = Objects.requireNonNull(username, "An account needs a username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "An account needs a password hash");
        this.createdAt = Instant.now();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
