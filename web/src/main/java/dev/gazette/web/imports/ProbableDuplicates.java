package dev.gazette.web.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to do with an item that is probably a story stored already: skip it (the API's default), replace the stored
 * one with it (same address, new content), or keep both. {@code choices} are the editor's, item by item, over
 * {@code otherwise}.
 */
public record ProbableDuplicates(Choice otherwise, Map<String, Choice> choices) {

    public enum Choice { SKIP, REPLACE, KEEP }

    public ProbableDuplicates {
        choices = Map.copyOf(choices);
    }

    public static ProbableDuplicates skipped() {
        return new ProbableDuplicates(Choice.SKIP, Map.of());
    }

    public Choice choiceFor(String item) {
        return choices.getOrDefault(item, otherwise);
    }

    /** "skip", "replace" or "keep", any case; empty for anything else. */
    public static Optional<Choice> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Choice.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
