package dev.gazette.domain.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What someone may do. An editor works on articles and imports; an admin does that and everything else: accounts,
 * sources, the search index, the system, moving the portal. The names are the container's role names.
 */
public enum Role {
    ADMIN("admin"),
    EDITOR("editor");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name as Jakarta Security and web.xml know it. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.roleName.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
