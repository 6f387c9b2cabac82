package dev.gazette.web.moving;

import java.util.regex.Pattern;

/**
 * The layout of a portal export, a ZIP that moves a portal from one setup to another (say, from the embedded H2 and
 * Lucene to PostgreSQL and OpenSearch) without losing an article, source or address:
 * <pre>
 * sources.csv                            slug,name,time_zone,homepage,description
 * articles.csv                           file,slug,source,published_at,unpublished_at (ISO instants; the last one
 *                                        empty for a published article, and absent in older exports)
 * articles/{source}/{article}.txt        each article in the article file format
 * </pre>
 * The manifest gives each article's slug and exact instant (the file's local time can be ambiguous for the hour a
 * clock goes back); the files are what a person reads, and what any Gazette imports.
 */
final class PortalArchive {

    static final String SOURCES = "sources.csv";
    static final String ARTICLES = "articles.csv";
    static final String[] SOURCE_COLUMNS = {"slug", "name", "time_zone", "homepage", "description"};
    static final String[] ARTICLE_COLUMNS = {"file", "slug", "source", "published_at", "unpublished_at"};
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PortalArchive() {
    }

    static String fileOf(String sourceSlug, String articleSlug) {
        return "articles/" + sourceSlug + "/" + articleSlug + ".txt";
    }

    /** Whether a name from a manifest is a slug as Gazette makes them (nothing else is looked up or stored). */
    static boolean isSlug(String text) {
        return text != null && text.length() <= 100 && SLUG.matcher(text).matches();
    }
}
