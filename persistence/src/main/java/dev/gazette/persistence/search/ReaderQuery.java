package dev.gazette.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query language of the search box, parsed without ever failing: plain words (all must match),
 * {@code "exact phrases"}, {@code -excluded}, {@code OR} between two terms, {@code prefix*}, and the fields
 * {@code title:} and {@code source:}. Whatever cannot be read as one of these is read as plain words or dropped:
 * unbalanced quotes close at the end, a lone {@code title:} is ignored, Lucene's special characters are plain text.
 */
public record ReaderQuery(List<List<Term>> required, List<Term> excluded) {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 32;

    public enum Field { ANY, TITLE, SOURCE }

    public enum Kind { WORD, PHRASE, PREFIX }

    /** One thing to look for; {@code text} is what the reader typed, cleaned of syntax. */
    public record Term(Field field, Kind kind, String text) {

        /**
         * How many letters a near miss of this word may differ by, when typos are tolerated: none for short words,
         * where one letter makes another word; two for long ones. Only asked when the exact words found nothing, so
         * two edits are affordable.
         */
        public int edits(boolean tolerateTypos) {
            return !tolerateTypos || text.length() < 4 ? 0 : text.length() < 8 ? 1 : 2;
        }
    }

    // Words too common to mean anything in a news search (Lucene's English stop words).
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    public ReaderQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    public boolean hasPositiveTerms() {
        return !required.isEmpty();
    }

    /** The plain words of the query, in order: what a spelling suggestion may replace. */
    public List<String> words() {
        return required.stream().flatMap(List::stream)
                .filter(term -> term.kind() == Kind.WORD && term.field() != Field.SOURCE)
                .map(Term::text).toList();
    }

    public static ReaderQuery parse(String input) {
        if (input == null) {
            return new ReaderQuery(List.of(), List.of());
        }
        String text = input.length() > MAX_LENGTH ? input.substring(0, MAX_LENGTH) : input;
        List<List<Term>> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean orPending = false;
        int terms = 0;
        int i = 0;
        while (i < text.length() && terms < MAX_TERMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
            }
            Field field = Field.ANY;
            int colon = fieldEnd(text, i);
            if (colon > 0) {
                String name = text.substring(i, colon).toLowerCase(Locale.ROOT);
                field = name.equals("title") ? Field.TITLE : Field.SOURCE;
                i = colon + 1;
                if (i >= text.length() || Character.isWhitespace(text.charAt(i))) {
                    continue; // "title:" with nothing after it
                }
            }
            Term term;
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                String phrase = clean(text.substring(i + 1, end));
                i = close < 0 ? text.length() : close + 1;
                term = phrase.isBlank() ? null : new Term(field, phrase.contains(" ") ? Kind.PHRASE : Kind.WORD, phrase);
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String raw = text.substring(i, end);
                i = end;
                if (raw.equals("OR") && !negated && field == Field.ANY) {
                    orPending = !required.isEmpty();
                    continue;
                }
                term = word(field, raw);
            }
            if (term == null) {
                continue;
            }
            terms++;
            if (negated) {
                excluded.add(term);
            } else if (orPending) {
                required.get(required.size() - 1).add(term);
            } else {
                required.add(new ArrayList<>(List.of(term)));
            }
            orPending = false;
        }
        return new ReaderQuery(required.stream().map(List::copyOf).toList(), excluded);
    }

    /** The index of the colon of a {@code title:} or {@code source:} prefix at {@code start}, else -1. */
    private static int fieldEnd(String text, int start) {
        for (String name : new String[] {"title:", "source:"}) {
            if (text.regionMatches(true, start, name, 0, name.length())) {
                return start + name.length() - 1;
            }
        }
        return -1;
    }

    private static Term word(Field field, String raw) {
        boolean prefix = raw.endsWith("*");
        String word = clean(raw);
        if (word.isBlank()) {
            return null;
        }
        if (word.contains(" ")) {
            // "face-to-face" or "U.S." read as a phrase of their parts
            return new Term(field, Kind.PHRASE, word);
        }
        if (prefix && word.length() >= 2) {
            return new Term(field, Kind.PREFIX, word.toLowerCase(Locale.ROOT));
        }
        if (field == Field.ANY && STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Term(field, Kind.WORD, word);
    }

    /** Letters, digits and apostrophes survive; every other character separates words. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '\'' || c == '’' ? c : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }
}
