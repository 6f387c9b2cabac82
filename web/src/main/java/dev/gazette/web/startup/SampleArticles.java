package dev.gazette.web.startup;

import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.domain.articles.file.MalformedArticleFileException;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.settings.Settings;
import dev.gazette.persistence.sources.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * A new portal is not an empty page: at the first start, into an empty database, Gazette imports the sample
 * articles listed in {@code samples/index.txt} (one line each: file|source|time zone|homepage|description).
 * {@code GAZETTE_SAMPLES=false} turns this off.
 */
@ApplicationScoped
public class SampleArticles {

    private static final Logger LOG = Logger.getLogger(SampleArticles.class.getName());
    private static final String FOLDER = "samples/";

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    public void importIntoEmptyPortal() {
        if (!Settings.flag("gazette.samples", true) || articles.count() > 0) {
            return;
        }
        ArticleFileParser parser = new ArticleFileParser();
        int imported = 0;
        try (BufferedReader index = reader(FOLDER + "index.txt")) {
            String line;
            while ((line = index.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (sources.byName(fields[1]).isEmpty()) {
                    sources.add(new Source(fields[1], ZoneId.of(fields[2])).describe(fields[3], fields[4]));
                }
                articles.publish(fields[1], parser.parse(bytes(FOLDER + fields[0])));
                imported++;
            }
        } catch (IOException | MalformedArticleFileException e) {
            throw new IllegalStateException("A sample article of Gazette itself is broken: " + e.getMessage(), e);
        }
        LOG.info("Gazette imported " + imported + " sample articles into the new portal");
    }

    private static InputStream stream(String name) {
        InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing sample resource " + name));
        }
        return in;
    }

    private static BufferedReader reader(String name) {
        return new BufferedReader(new InputStreamReader(stream(name), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }
}
