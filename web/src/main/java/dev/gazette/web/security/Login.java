package dev.gazette.web.security;

import dev.gazette.domain.accounts.Account;
import java.time.Instant;

/** What became of a user name and password offered at the login form or with an API call. */
public sealed interface Login {

    record Valid(Account account) implements Login {
    }

    /** Wrong name or password, or a disabled account: the same answer for each, so that names cannot be probed. */
    record Invalid() implements Login {
    }

    /** Too many failures of this account or from this address: no password is checked until then. */
    record Blocked(Instant until) implements Login {
    }
}
