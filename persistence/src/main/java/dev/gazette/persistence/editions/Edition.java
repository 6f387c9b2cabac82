package dev.gazette.persistence.editions;

import java.time.Instant;
import java.util.Objects;

/** What readers see at one moment: its number grows with every change; the instant is when it last changed. */
public record Edition(long number, Instant changedAt) {

    public Edition {
        Objects.requireNonNull(changedAt, "An edition has an instant");
    }
}
