package dev.gazette.domain.articles.file;

/**
 * An article file that cannot be read. The reason is meant for the person who
 * wrote or uploaded the file, so it is phrased without programming terms.
 */
public final class MalformedArticleFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int line;

    /**
     * @param reason what is wrong, as a sentence for a non-programmer
     * @param line   1-based line number in the original file, or 0 when the
     *               problem concerns the file as a whole
     */
    public MalformedArticleFileException(String reason, int line) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        this.reason = reason;
        this.line = line;
    }

    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }
}
