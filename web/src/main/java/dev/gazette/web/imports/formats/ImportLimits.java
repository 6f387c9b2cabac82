package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.persistence.settings.Settings;

/**
 * How much one upload may hold, each a setting (docs/configuration.md). An article file over {@code articleBytes}
 * is refused on its own; a CSV, JSON, feed or ZIP file over {@code containerBytes}, a ZIP over its entries,
 * uncompressed bytes, compression ratio or nesting, is refused as a whole (none of its articles stored), and the
 * rest of the upload goes on.
 */
public record ImportLimits(long articleBytes, long containerBytes, int items, int zipEntries, long zipBytes,
                           int zipRatio, int zipDepth) {

    public static ImportLimits fromSettings() {
        return new ImportLimits(
                Settings.number("gazette.import.max-file-bytes", ArticleFileParser.DEFAULT_MAX_BYTES),
                Settings.number("gazette.import.max-container-bytes", 64L * 1024 * 1024),
                (int) Settings.number("gazette.import.max-items", 100_000),
                (int) Settings.number("gazette.import.zip.max-entries", 10_000),
                Settings.number("gazette.import.zip.max-bytes", 256L * 1024 * 1024),
                (int) Settings.number("gazette.import.zip.max-ratio", 100),
                (int) Settings.number("gazette.import.zip.max-depth", 2));
    }

    /** The largest file a form or API upload may carry: a container may be larger than an article. */
    public long largestFile() {
        return Math.max(articleBytes, containerBytes);
    }
}
