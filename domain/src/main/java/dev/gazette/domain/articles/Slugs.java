package dev.gazette.domain.articles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a title or a name into a URL path segment that any reader can type: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("&", " and "))
                .replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
        }
        // A title of only punctuation or another script still needs an address.
        return slug.isEmpty() ? "article" : slug;
    }

    /** The n-th alternative of a slug already taken: {@code base-2}, {@code base-3}, … */
    public static String numbered(String base, int n) {
        return base + "-" + n;
    }
}
