package dev.gazette.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** Someone who may log in to the admin pages. Only the password hash is kept, never the password. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.ENABLED_ADMINS,
        query = "select count(a) from Account a where a.role = :role and a.disabled = false")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String ENABLED_ADMINS = "Account.enabledAdmins";
    public static final String ADMIN = "admin";
    /** Lower-case letters, digits, dot, dash and underscore: a name that is the same in a URL, a log and a header. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Column(name = "username", nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Convert(converter = RoleColumn.class)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role) {
        this.username = checkedUsername(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "An account needs a password hash");
        this.role = Objects.requireNonNull(role, "An account needs a role");
        this.createdAt = Instant.now();
    }

    /** Why a user name cannot be one, or null if it can. */
    public static String usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return "An account needs a user name.";
        }
        if (!USERNAME.matcher(username).matches()) {
            return "A user name is 1 to 50 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.";
        }
        return null;
    }

    private static String checkedUsername(String username) {
        String problem = usernameProblem(username);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return username;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "An account needs a role");
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
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
