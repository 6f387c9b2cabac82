package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import java.util.Optional;

/**
 * What every imported article must be, whatever its format: the entity's limits, and no control characters (a
 * NUL or an escape sequence in a title is never a real character, and breaks pages, feeds and logs downstream).
 */
final class Checks {

    private Checks() {
    }

    static Optional<String> problem(ArticleFile file) {
        if (file.title().isBlank()) {
            return Optional.of("The title is empty");
        }
        if (file.title().codePointCount(0, file.title().length()) > Article.MAX_TITLE) {
            return Optional.of("The title is longer than " + Article.MAX_TITLE + " characters");
        }
        if (file.summary().isBlank()) {
            return Optional.of("The abstract is empty");
        }
        if (file.summary().length() > Article.MAX_SUMMARY) {
            return Optional.of("The abstract is longer than " + Article.MAX_SUMMARY + " characters");
        }
        if (file.paragraphs().stream().allMatch(String::isBlank)) {
            return Optional.of("The article has no body text");
        }
        if (file.paragraphs().stream().mapToLong(String::length).sum() > Article.MAX_BODY) {
            return Optional.of("The body is longer than a million characters");
        }
        return control(file.title(), "title").or(() -> control(file.summary(), "abstract"))
                .or(() -> file.paragraphs().stream().map(p -> control(p, "body")).flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> control(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of("The " + field + " contains a control character (U+" + String.format("%04X", (int) c)
                        + "), which is not text");
            }
        }
        return Optional.empty();
    }
}
