package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.domain.articles.file.MalformedArticleFileException;
import java.util.Optional;

/** A plain-text article file (docs/file-format.md), for the source the editor chose. */
final class TextFormat {

    private TextFormat() {
    }

    static ImportItem read(String name, byte[] content, long maxBytes) {
        ArticleFileParser parser = new ArticleFileParser(maxBytes);
        if (content.length > maxBytes) {
            return ImportItem.rejected(name, parser.tooLarge().reason(), 0);
        }
        if (looksBinary(content)) {
            return ImportItem.rejected(name, "This is not a text file (it holds binary data); upload article files,"
                    + " CSV, JSON, RSS, Atom or ZIP", 0);
        }
        try {
            ArticleFile file = parser.parse(content);
            Optional<String> problem = Checks.problem(file);
            return problem.map(reason -> ImportItem.rejected(name, reason, 0))
                    .orElseGet(() -> ImportItem.article(name, file, null, null, ImportItem.SourceRule.CHOSEN_FIRST));
        } catch (MalformedArticleFileException malformed) {
            return ImportItem.rejected(name, malformed.reason(), malformed.line());
        }
    }

    /** NUL bytes do not occur in text; a few in the first kilobytes mean an image, a PDF, an executable. */
    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
