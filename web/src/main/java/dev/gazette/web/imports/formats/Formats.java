package dev.gazette.web.imports.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells the format of an uploaded file by its content, the file name as a hint, and hands it to its reader. A ZIP
 * starts with its signature; a feed is XML; JSON starts with a bracket or brace; CSV has the article columns in its
 * first line (or the name ends in .csv); anything else is read as a plain-text article file.
 */
public final class Formats {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private final ImportLimits limits;
    private final Budget budget;

    public Formats(ImportLimits limits) {
        this.limits = limits;
        this.budget = new Budget(limits.items());
    }

    /** The items of one uploaded file (or archive entry), at {@code depth} archives deep. */
    public List<ImportItem> read(String name, byte[] content) {
        return read(name, content, 0, new ZipFormat.Tally());
    }

    List<ImportItem> read(String name, byte[] content, int depth, ZipFormat.Tally tally) {
        Kind kind = kindOf(name, content);
        if (kind != Kind.TEXT && content.length > limits.containerBytes()) {
            return List.of(ImportItem.rejected(name, "The file is larger than the limit of "
                    + megabytes(limits.containerBytes()) + " for " + kind.label + " files; none of its articles were imported", 0));
        }
        List<ImportItem> items = switch (kind) {
            case ZIP -> new ZipFormat(this, limits).read(name, content, depth, tally);
            case FEED -> FeedFormat.read(name, content);
            case JSON -> JsonFormat.read(name, content);
            case CSV -> CsvFormat.read(name, content);
            case TEXT -> List.of(TextFormat.read(name, content, limits.articleBytes()));
        };
        if (depth == 0) {
            budget.take(items.size()); // an archive's entries are counted once, with the archive
        }
        return items;
    }

    enum Kind {
        ZIP("ZIP"), FEED("RSS or Atom"), JSON("JSON"), CSV("CSV"), TEXT("article");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static Kind kindOf(String name, byte[] content) {
        if (startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) {
            return Kind.ZIP;
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (head.startsWith("<")) {
            return Kind.FEED;
        }
        if (head.startsWith("[") || head.startsWith("{")) {
            return Kind.JSON;
        }
        String firstLine = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT).replace("\"", "");
        if (lower.endsWith(".csv") || firstLine.startsWith("source,title") || firstLine.contains(",published_at,")) {
            return Kind.CSV;
        }
        return Kind.TEXT;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return dev.gazette.domain.articles.file.ByteSize.describe(bytes);
    }

    /** Items of the whole upload, counted as they are read: past the limit, the upload is refused as a whole. */
    static final class Budget {
        private final int max;
        private int taken;

        Budget(int max) {
            this.max = max;
        }

        void take(int items) {
            taken += items;
            if (taken > max) {
                throw new TooManyItems(max);
            }
        }
    }

    /** The upload holds more articles than {@code gazette.import.max-items}: nothing of it is imported. */
    public static final class TooManyItems extends RuntimeException {
        TooManyItems(int max) {
            super("The upload holds more than " + max + " articles, the limit of one upload"
                    + " (gazette.import.max-items); nothing was imported. Please split it.");
        }
    }
}
