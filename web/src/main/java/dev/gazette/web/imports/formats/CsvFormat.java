package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with the header {@code source,title,published_at,abstract,body} (RFC 4180, read by Commons CSV): each row an
 * item named {@code list.csv#n}, n counting rows from 1. A broken quote ends the file there: the rows before it
 * are read, the rest is one rejected item saying where.
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static List<ImportItem> read(String name, byte[] content) {
        String text;
        try {
            text = Utf8.decode(content);
        } catch (Utf8.NotUtf8 notText) {
            return List.of(ImportItem.rejected(name, notText.getMessage(), notText.line()));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false)
                .setIgnoreEmptyLines(true).get();
        List<ImportItem> items = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = Fields.NAMES.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                return List.of(ImportItem.rejected(name, "The first line must name the columns "
                        + String.join(",", Fields.NAMES) + "; missing: " + String.join(", ", missing), 1));
            }
            Iterator<CSVRecord> rows = parser.iterator();
            int n = 0;
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    items.add(ImportItem.rejected(name + "#" + (n + 1), "The CSV cannot be read from line "
                            + (parser.getCurrentLineNumber()) + " on: " + reasonOf(broken)
                            + " (a quote opened and never closed?); the rows before it were read", (int) parser.getCurrentLineNumber()));
                    break;
                }
                n++;
                int line = (int) parser.getCurrentLineNumber();
                String item = name + "#" + n;
                if (!row.isConsistent()) {
                    items.add(ImportItem.rejected(item, "The row has " + row.size() + " fields; the header has "
                            + parser.getHeaderMap().size(), line));
                    continue;
                }
                items.add(Fields.item(item, line, row.get("source"), row.get("title"), row.get("published_at"),
                        row.get("abstract"), ArticleFile.paragraphsOf(row.get("body"))));
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException unreadable) {
            return List.of(ImportItem.rejected(name, "The CSV header cannot be read: " + reasonOf(unreadable), 1));
        }
        return items.isEmpty() ? List.of(ImportItem.rejected(name, "The CSV has a header but no rows", 1)) : items;
    }

    private static String reasonOf(Exception failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("unreadable");
    }
}
