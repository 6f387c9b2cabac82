package dev.gazette.persistence.articles;

/** What became of one article offered to Gazette: stored, or already there under {@code slug}. */
public record Outcome(boolean duplicate, String slug, String title) {

    public static Outcome published(String slug, String title) {
        return new Outcome(false, slug, title);
    }

    public static Outcome duplicateOf(String slug, String title) {
        return new Outcome(true, slug, title);
    }
}
