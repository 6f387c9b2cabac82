package dev.gazette.domain.articles.file;

import java.time.format.DateTimeFormatter;

/**
 * Writes an article in the article file format (docs/file-format.md), the inverse of {@link ArticleFileParser}: what
 * it writes parses back to the same title, time, abstract and paragraphs. An export of the portal is made of such
 * files, readable by a person and importable anywhere. The format has no line break inside a paragraph (the parser
 * joins a paragraph's lines with spaces), so one stored there is written as a space.
 */
public final class ArticleFileWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ArticleFileWriter() {
    }

    public static String write(ArticleFile file) {
        StringBuilder text = new StringBuilder(oneLine(file.title())).append("\n\n")
                .append(TIME.format(file.publishedAt())).append("\n\n")
                .append("Abstract: ").append(oneLine(file.summary()));
        for (String paragraph : file.paragraphs()) {
            text.append("\n\n").append(oneLine(paragraph));
        }
        return text.append('\n').toString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
