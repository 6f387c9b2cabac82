package dev.gazette.web.imports.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A ZIP archive of article files, CSV, JSON, feeds or further archives, each entry read by its own format and named
 * {@code archive.zip!/dir/a.txt}. Read as a stream with every byte counted: past a limit (entries, uncompressed
 * bytes, compression ratio, nesting depth) the archive is refused as a whole, none of it imported, before it can
 * fill the memory. An entry whose name climbs out ({@code ../}) or is absolute is refused on its own, unread.
 */
final class ZipFormat {

    /** Entries a ratio check ignores: a few kilobytes of spaces compress a thousandfold, and harm no one. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final Formats formats;
    private final ImportLimits limits;

    ZipFormat(Formats formats, ImportLimits limits) {
        this.formats = formats;
        this.limits = limits;
    }

    /** A limit crossed anywhere inside: the outermost archive is refused as a whole. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Entries and bytes of one outermost archive and everything nested in it. */
    static final class Tally {
        long bytes;
        int entries;
    }

    List<ImportItem> read(String name, byte[] content, int depth, Tally tally) {
        try {
            if (depth >= limits.zipDepth()) {
                throw new Refused("It holds archives nested more than " + limits.zipDepth()
                        + " deep, as zip bombs are built (gazette.import.zip.max-depth)");
            }
            return entries(name, content, depth, tally);
        } catch (Refused refused) {
            if (depth > 0) {
                throw refused;
            }
            return List.of(ImportItem.rejected(name, refused.getMessage() + "; none of its articles were imported", 0));
        } catch (IOException | IllegalArgumentException broken) {
            return List.of(ImportItem.rejected(name, "The ZIP archive is damaged and cannot be read ("
                    + String.valueOf(broken.getMessage()).lines().findFirst().orElse("") + "); none of its articles were imported", 0));
        }
    }

    private List<ImportItem> entries(String name, byte[] content, int depth, Tally tally) throws IOException {
        List<ImportItem> items = new ArrayList<>();
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                count++;
                if (++tally.entries > limits.zipEntries()) {
                    throw new Refused("The archive has more than " + limits.zipEntries() + " entries (gazette.import.zip.max-entries)");
                }
                String entryName = entry.getName();
                String item = name + "!/" + entryName;
                if (entry.isDirectory() || isJunk(entryName)) {
                    continue;
                }
                if (isUnsafe(entryName)) {
                    items.add(ImportItem.rejected(name + "!/" + entryName.replaceAll("[\\p{Cntrl}]", "?"),
                            "The entry's name climbs out of the archive or is absolute; it was not read", 0));
                    continue;
                }
                long room = Math.min(limits.largestFile(), limits.zipBytes() - tally.bytes);
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
                tally.bytes += bytes.length;
                if (tally.bytes > limits.zipBytes()) {
                    throw new Refused("The archive unpacks to more than " + Formats.megabytes(limits.zipBytes())
                            + " (gazette.import.zip.max-bytes)");
                }
                if (bytes.length > limits.largestFile()) {
                    items.add(ImportItem.rejected(item, "The entry is larger than " + Formats.megabytes(limits.largestFile()), 0));
                    drain(zip);
                    continue;
                }
                long compressed = entry.getCompressedSize();
                if (bytes.length > RATIO_FLOOR && compressed > 0 && bytes.length / compressed > limits.zipRatio()) {
                    throw new Refused("An entry unpacks to more than " + limits.zipRatio()
                            + " times its compressed size, as zip bombs do (gazette.import.zip.max-ratio)");
                }
                items.addAll(formats.read(item, bytes, depth + 1, tally));
            }
        }
        if (count == 0) {
            throw new Refused("The archive is empty");
        }
        return items;
    }

    /** Reads the rest of an entry too large to keep, counting nothing: its bytes are not held. */
    private static void drain(ZipInputStream zip) throws IOException {
        zip.skip(Long.MAX_VALUE);
    }

    static boolean isUnsafe(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.equals("..") || name.startsWith("../")
                || name.contains("/../") || name.endsWith("/..") || name.chars().anyMatch(c -> c < 0x20);
    }

    /** What archiving tools add on their own: macOS resource forks and folder settings, Windows thumbnails. */
    private static boolean isJunk(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || last.equals(".ds_store") || last.equals("thumbs.db") || last.startsWith("._");
    }
}
