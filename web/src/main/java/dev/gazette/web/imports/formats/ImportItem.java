package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFile;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One article of an upload, named as the editor can find it ({@code a.txt}, {@code archive.zip!/dir/a.txt},
 * {@code list.csv#12}, {@code feed.xml#3}), or the reason it cannot be one. {@code source} is the source the item
 * names itself (a CSV row, a feed's title), if any; {@code instant} is set when the item's time carried an offset,
 * and then wins over the zone-less time of {@code file}.
 */
public record ImportItem(String name, ArticleFile file, String source, Instant instant, String reason, int line,
                         SourceRule rule) implements java.io.Serializable {

    /** Whose source wins: the one the editor chose for the upload, or the one the item names. */
    public enum SourceRule { CHOSEN_FIRST, ITEM_FIRST }

    public static ImportItem article(String name, ArticleFile file, String source, Instant instant, SourceRule rule) {
        return new ImportItem(name, Objects.requireNonNull(file), blankToNull(source), instant, null, 0, rule);
    }

    public static ImportItem rejected(String name, String reason, int line) {
        return new ImportItem(name, null, null, null, Objects.requireNonNull(reason), line, SourceRule.CHOSEN_FIRST);
    }

    public boolean isRejected() {
        return reason != null;
    }

    /** The source this item goes to, given the one chosen for the upload; null if neither names one. */
    public String sourceGiven(String chosen) {
        String picked = rule == SourceRule.CHOSEN_FIRST ? firstOf(chosen, source) : firstOf(source, chosen);
        return blankToNull(picked);
    }

    /** The local time in the source's zone: the file's own, or the instant's there. */
    public LocalDateTime localTimeIn(ZoneId zone) {
        return instant == null ? file.publishedAt() : LocalDateTime.ofInstant(instant, zone);
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
