package dev.gazette.domain.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An article's body is stored as one text, its paragraphs separated by a blank line, as in the article file format. */
final class Paragraphs {

    static final String BREAK = "\n\n";

    private Paragraphs() {
    }

    static String join(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "An article needs a body");
        List<String> kept = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("An article needs a body of at least one paragraph");
        }
        return String.join(BREAK, kept);
    }

    static List<String> split(String body) {
        // Not String.split: a two-character separator goes through the regular expression engine, per search hit.
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        for (int end = body.indexOf(BREAK); end >= 0; end = body.indexOf(BREAK, start)) {
            paragraphs.add(body.substring(start, end));
            start = end + BREAK.length();
        }
        paragraphs.add(body.substring(start));
        return List.copyOf(paragraphs);
    }
}
