package dev.gazette.domain.articles.file;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an article file with their original line numbers, read one
 * part at a time. Line numbers are kept so that every complaint can point the
 * writer at the place to fix, even after blank lines have been skipped.
 */
final class SourceLines {

    record Line(int number, String text) {

        boolean isBlank() {
            return text.isEmpty();
        }
    }

    private final List<Line> lines;
    private int next;
    private int lastConsumedNumber;

    private SourceLines(List<Line> lines) {
        this.lines = lines;
    }

    /**
     * Splits on CRLF, LF and lone CR alike, because files arrive from every
     * kind of editor. Trailing whitespace is dropped so that a line holding
     * only spaces or tabs counts as blank.
     */
    static SourceLines of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(lines.size() + 1, text.substring(start, index).stripTrailing()));
                if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                    index++;
                }
                start = index + 1;
            }
            index++;
        }
        if (start < text.length()) {
            lines.add(new Line(lines.size() + 1, text.substring(start).stripTrailing()));
        }
        return new SourceLines(lines);
    }

    boolean isAllBlank() {
        return lines.stream().allMatch(Line::isBlank);
    }

    void skipBlankLines() {
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
    }

    boolean hasNext() {
        return next < lines.size();
    }

    boolean hasNextNonBlank() {
        return hasNext() && !lines.get(next).isBlank();
    }

    Line peek() {
        return lines.get(next);
    }

    Line take() {
        Line line = lines.get(next++);
        lastConsumedNumber = line.number();
        return line;
    }

    /** Where a part that is missing at the end of the file would have started. */
    int lineAfterLastTaken() {
        return lastConsumedNumber + 1;
    }
}
