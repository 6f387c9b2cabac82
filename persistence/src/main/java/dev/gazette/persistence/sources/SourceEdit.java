package dev.gazette.persistence.sources;

import java.time.ZoneId;
import java.util.Objects;

/** An admin's edit of a source: every field; a new name renames it (and changes its address). */
public record SourceEdit(String name, String homepage, String description, ZoneId zone) {

    public SourceEdit {
        Objects.requireNonNull(name, "A source needs a name");
        Objects.requireNonNull(zone, "A source needs a time zone");
    }
}
