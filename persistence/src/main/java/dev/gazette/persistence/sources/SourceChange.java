package dev.gazette.persistence.sources;

import dev.gazette.domain.sources.Source;

/** What became of an admin's edit of a source. */
public sealed interface SourceChange {

    /** Stored; {@code renamed} when its name (and so its articles' documents in the index) changed. */
    record Saved(Source source, boolean renamed) implements SourceChange {
    }

    /** Another source has that name, or the address it would give: nothing stored. */
    record NameTaken(String otherName) implements SourceChange {
    }

    record Missing() implements SourceChange {
    }
}
