package dev.gazette.persistence.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.domain.accounts.Account;
import dev.gazette.domain.accounts.LoginThrottle;
import dev.gazette.domain.accounts.Role;
import dev.gazette.persistence.JpaTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsTest extends JpaTest {

    @Test
    void theLastEnabledAdminCannotBeDisabledNorDemoted() {
        committed(em -> new Accounts(em).add(new Account("chief", "hash", Role.ADMIN)));
        committed(em -> new Accounts(em).add(new Account("ed", "hash", Role.EDITOR)));

        assertThrows(Accounts.LastAdmin.class, () -> committed(em -> new Accounts(em).change("chief", Account::disable)));
        assertThrows(Accounts.LastAdmin.class, () -> committed(em -> new Accounts(em).change("chief", a -> a.changeRole(Role.EDITOR))));
        assertFalse(committed(em -> new Accounts(em).byUsername("chief").orElseThrow()).isDisabled());

        committed(em -> new Accounts(em).change("ed", a -> a.changeRole(Role.ADMIN)));
        committed(em -> new Accounts(em).change("chief", Account::disable));
        assertTrue(committed(em -> new Accounts(em).byUsername("chief").orElseThrow()).isDisabled());
        assertEquals(Role.ADMIN, committed(em -> new Accounts(em).byUsername("ed").orElseThrow()).role());
    }

    @Test
    void failedLoginsBlockAtTheLimitAndAreClearedBySuccess() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        String subject = LoginThrottle.ofAccount("someone");
        for (int i = 0; i < 4; i++) {
            assertTrue(committed(em -> new LoginThrottles(em).failed(subject, 5, now)).isEmpty());
        }
        assertEquals(now.plusSeconds(60), committed(em -> new LoginThrottles(em).failed(subject, 5, now)).orElseThrow());
        assertEquals(now.plusSeconds(60), committed(em -> new LoginThrottles(em)
                .blockedUntil(List.of(subject, LoginThrottle.ofAddress("10.1.1.1")), now.plusSeconds(1))).orElseThrow());

        committedRun(em -> new LoginThrottles(em).cleared(subject));
        assertTrue(committed(em -> new LoginThrottles(em).blockedUntil(List.of(subject), now)).isEmpty());
    }
}
