package dev.gazette.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void userNamesAreShortAndPlain() {
        assertNull(Account.usernameProblem("ed.smith-2"));
        assertNotNull(Account.usernameProblem(""));
        assertNotNull(Account.usernameProblem("Ed"));
        assertNotNull(Account.usernameProblem("ed smith"));
        assertNotNull(Account.usernameProblem("<script>"));
        assertNotNull(Account.usernameProblem("a".repeat(51)));
        assertThrows(IllegalArgumentException.class, () -> new Account("../admin", "hash", Role.EDITOR));
    }

    @Test
    void rolesByTheirContainerNames() {
        assertEquals(Role.EDITOR, Role.named(" Editor ").orElseThrow());
        assertEquals("admin", Role.ADMIN.roleName());
        assertEquals(java.util.Optional.empty(), Role.named("root"));
    }
}
