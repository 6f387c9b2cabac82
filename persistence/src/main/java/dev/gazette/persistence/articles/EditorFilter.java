package dev.gazette.persistence.articles;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What an editor narrows the admin's list of articles to: words of the title, one source (by slug), published or
 * withdrawn, and a range of publication days (whole UTC days, both ends included), each optional. Words match the
 * title only: the list must answer at once over a million articles, and the reader's search finds words in bodies.
 */
public record EditorFilter(String title, String source, State state, LocalDate from, LocalDate to) {

    public enum State {
        ANY, PUBLISHED, UNPUBLISHED;

        public static State named(String name) {
            if (name == null || name.isBlank()) {
                return ANY;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return ANY;
            }
        }
    }

    public EditorFilter {
        title = title == null || title.isBlank() ? null : cut(title.strip());
        source = source == null || source.isBlank() ? null : source.strip();
        state = state == null ? State.ANY : state;
    }

    private static String cut(String text) {
        return text.length() > ArticleFilter.MAX_KEYWORDS ? text.substring(0, ArticleFilter.MAX_KEYWORDS) : text;
    }

    public static EditorFilter none() {
        return new EditorFilter(null, null, State.ANY, null, null);
    }
}
