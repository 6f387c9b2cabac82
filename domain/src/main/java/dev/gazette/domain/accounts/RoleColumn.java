package dev.gazette.domain.accounts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A role is stored by its container name ("admin", "editor"), the same word as in web.xml and the API. */
@Converter
public class RoleColumn implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return Role.named(name).orElseThrow(() -> new IllegalStateException("Unknown role in the database: " + name));
    }
}
