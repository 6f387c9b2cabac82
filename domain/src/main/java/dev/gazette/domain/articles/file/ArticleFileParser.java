package dev.gazette.domain.articles.file;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the plain-text article format used by the sources:
 *
 * <pre>
 * Title
 *
 * YYYY-MM-DD HH:MM:SS
 *
 * Abstract: one or more lines of summary
 *
 * Paragraph one, possibly wrapped
 * over several lines.
 *
 * Paragraph two.
 * </pre>
 *
 * Files are written by hand in all sorts of editors, so the parser is lenient
 * about layout (line ends, byte order mark, trailing whitespace, extra or
 * missing blank lines) and strict about content, explaining every refusal in
 * words the writer understands.
 */
public final class ArticleFileParser {

    public static final long DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    static final int MAX_TITLE_LENGTH = 300;

    private static final Pattern TIMESTAMP_SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern ABSTRACT_LABEL =
            Pattern.compile("^abstract:", Pattern.CASE_INSENSITIVE);
    // uuuu rather than yyyy: with STRICT resolving, yyyy would demand an era.
    private static final DateTimeFormatter TIMESTAMP_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final String TIMESTAMP_HINT = "YYYY-MM-DD HH:MM:SS";

    private final long maxBytes;

    public ArticleFileParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleFileParser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The rejection of a file over the size limit, for callers that refuse it before reading it whole. */
    public MalformedArticleFileException tooLarge() {
        return new MalformedArticleFileException("The file is larger than the limit of " + ByteSize.describe(maxBytes), 0);
    }

    public ArticleFile parse(byte[] content) throws MalformedArticleFileException {
        Objects.requireNonNull(content, "content");
        // Checked before decoding so an oversized upload costs no further work.
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        SourceLines lines = SourceLines.of(StrictUtf8.decode(content));
        if (lines.isAllBlank()) {
            throw new MalformedArticleFileException("The file is empty or contains only blank lines", 0);
        }
        String title = readTitle(lines);
        LocalDateTime publishedAt = readTimestamp(lines);
        String summary = readAbstract(lines);
        List<String> paragraphs = readParagraphs(lines);
        return new ArticleFile(title, publishedAt, summary, paragraphs);
    }

    private static String readTitle(SourceLines lines) throws MalformedArticleFileException {
        lines.skipBlankLines();
        SourceLines.Line line = lines.take();
        String text = line.text().strip();
        if (TIMESTAMP_SHAPE.matcher(text).matches()) {
            throw new MalformedArticleFileException(
                    "The title is missing: the file starts with the timestamp instead of a title",
                    line.number());
        }
        if (ABSTRACT_LABEL.matcher(text).find()) {
            throw new MalformedArticleFileException(
                    "The title is missing: the file starts with the abstract instead of a title",
                    line.number());
        }
        if (text.codePointCount(0, text.length()) > MAX_TITLE_LENGTH) {
            throw new MalformedArticleFileException(
                    "The title is longer than " + MAX_TITLE_LENGTH + " characters", line.number());
        }
        return text;
    }

    private static LocalDateTime readTimestamp(SourceLines lines) throws MalformedArticleFileException {
        lines.skipBlankLines();
        if (!lines.hasNext()) {
            throw new MalformedArticleFileException(
                    "The publication timestamp (" + TIMESTAMP_HINT + ") is missing after the title",
                    lines.lineAfterLastTaken());
        }
        SourceLines.Line line = lines.peek();
        String text = line.text().strip();
        if (!TIMESTAMP_SHAPE.matcher(text).matches()) {
            throw new MalformedArticleFileException(
                    "The publication timestamp is missing: expected a line like " + TIMESTAMP_HINT
                            + " after the title, but found \u201C" + abbreviate(text) + "\u201D",
                    line.number());
        }
        lines.take();
        try {
            return LocalDateTime.parse(text, TIMESTAMP_FORMAT);
        } catch (DateTimeParseException e) {
            throw new MalformedArticleFileException(
                    "The timestamp " + text + " is not a real date and time (expected "
                            + TIMESTAMP_HINT + ")",
                    line.number());
        }
    }

    private static String readAbstract(SourceLines lines) throws MalformedArticleFileException {
        lines.skipBlankLines();
        if (!lines.hasNext()) {
            throw new MalformedArticleFileException(
                    "The line starting with \u201CAbstract:\u201D is missing after the timestamp",
                    lines.lineAfterLastTaken());
        }
        SourceLines.Line first = lines.peek();
        String text = first.text().strip();
        if (!ABSTRACT_LABEL.matcher(text).find()) {
            throw new MalformedArticleFileException(
                    "The line starting with \u201CAbstract:\u201D is missing after the timestamp;"
                            + " found \u201C" + abbreviate(text) + "\u201D instead",
                    first.number());
        }
        lines.take();
        List<String> parts = new ArrayList<>();
        addIfNotEmpty(parts, text.substring("Abstract:".length()).strip());
        // A wrapped abstract continues until the first blank line.
        while (lines.hasNextNonBlank()) {
            addIfNotEmpty(parts, lines.take().text().strip());
        }
        if (parts.isEmpty()) {
            throw new MalformedArticleFileException(
                    "The abstract is empty: write the summary after \u201CAbstract:\u201D",
                    first.number());
        }
        return String.join(" ", parts);
    }

    private static List<String> readParagraphs(SourceLines lines) throws MalformedArticleFileException {
        int expectedStart = lines.lineAfterLastTaken();
        List<String> paragraphs = new ArrayList<>();
        lines.skipBlankLines();
        while (lines.hasNext()) {
            List<String> wrapped = new ArrayList<>();
            while (lines.hasNextNonBlank()) {
                wrapped.add(lines.take().text().strip());
            }
            paragraphs.add(String.join(" ", wrapped));
            lines.skipBlankLines();
        }
        if (paragraphs.isEmpty()) {
            throw new MalformedArticleFileException(
                    "The article has no text after the abstract", expectedStart);
        }
        return paragraphs;
    }

    private static void addIfNotEmpty(List<String> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(text);
        }
    }

    // Long lines are cut so that a whole paragraph does not end up in an error message.
    private static String abbreviate(String text) {
        int limit = 60;
        return text.length() <= limit ? text : text.substring(0, limit) + "\u2026";
    }
}
