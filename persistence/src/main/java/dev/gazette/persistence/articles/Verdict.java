package dev.gazette.persistence.articles;

/**
 * What importing one article would do, judged before anything is stored: a new story, a duplicate of one stored
 * (same source, title and instant), or probably the same story as one stored ({@code reason} says why).
 * {@code slug} is the stored article's; null for a duplicate of an earlier item of the same upload.
 */
public record Verdict(Kind kind, String slug, String reason) {

    public enum Kind { NEW, DUPLICATE, PROBABLE_DUPLICATE }

    static Verdict fresh() {
        return new Verdict(Kind.NEW, null, null);
    }
}
