package dev.gazette.web.imports;

import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.domain.articles.file.MalformedArticleFileException;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports article files into one source. Each file is parsed and stored on its own (its own transaction), so a bad
 * file is reported and never costs the good ones. The answer comes after every accepted file is committed.
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());

    @Inject
    Articles articles;

    public ArticleFileParser parser() {
        return new ArticleFileParser(Settings.number("gazette.import.max-file-bytes", ArticleFileParser.DEFAULT_MAX_BYTES));
    }

    public ImportReport importFiles(String sourceName, List<Upload> uploads) {
        ArticleFileParser parser = parser();
        ImportReport report = new ImportReport(sourceName);
        for (Upload upload : uploads) {
            String name = upload.fileName();
            try {
                if (upload.tooLarge()) {
                    throw parser.tooLarge();
                }
                ArticleFile file = parser.parse(upload.content());
                Outcome outcome = articles.publish(sourceName, file);
                if (outcome.duplicate()) {
                    report.duplicate(name, outcome.slug(), outcome.title());
                } else {
                    report.accepted(name, outcome.slug(), outcome.title());
                }
            } catch (MalformedArticleFileException malformed) {
                report.rejected(name, malformed.reason(), malformed.line());
            } catch (RuntimeException failure) {
                report.rejected(name, explain(failure), 0);
            }
        }
        return report;
    }

    /** Validation messages are for people; anything else is logged and summarised. */
    private static String explain(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                        .sorted().collect(Collectors.joining("; "));
            }
        }
        LOG.log(Level.WARNING, "Could not store an imported article", failure);
        return "The article could not be stored (for example because another import stored the same story at the same moment). Please try this file again.";
    }
}
