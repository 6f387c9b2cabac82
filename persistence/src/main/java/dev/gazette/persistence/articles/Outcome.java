package dev.gazette.persistence.articles;

/**
 * What became of one article offered to Gazette: stored, already there under {@code slug}, or (restoring another
 * portal's article with its own slug) refused because that address belongs to another story here.
 */
public record Outcome(Kind kind, String slug, String title) {

    public enum Kind { PUBLISHED, DUPLICATE, ADDRESS_TAKEN }

    public static Outcome published(String slug, String title) {
        return new Outcome(Kind.PUBLISHED, slug, title);
    }

    public static Outcome duplicateOf(String slug, String title) {
        return new Outcome(Kind.DUPLICATE, slug, title);
    }

    public static Outcome addressTaken(String slug, String title) {
        return new Outcome(Kind.ADDRESS_TAKEN, slug, title);
    }

    public boolean duplicate() {
        return kind == Kind.DUPLICATE;
    }
}
