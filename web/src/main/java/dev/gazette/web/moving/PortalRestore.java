package dev.gazette.web.moving;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ArticleFileParser;
import dev.gazette.domain.articles.file.MalformedArticleFileException;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.Outcome;
import dev.gazette.persistence.search.IndexingBatch;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.persistence.sources.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Restores a {@link PortalArchive} into this portal: its sources, then its articles with their slugs and instants, in
 * transactions of {@link #PART} articles indexed as one batch. Nothing of it is ever written to disk under a name it
 * gives: files are looked up by the manifest's slugs, and each is read with a size limit, so neither a path like
 * {@code ../x} nor a compression bomb gets anywhere.
 */
@ApplicationScoped
public class PortalRestore {

    static final int PART = 100;
    /** An exported article file holds at most a million characters of body: 8 MB covers any of them in UTF-8. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 1024L * 1024 * 1024;

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @Inject
    SearchIndex searchIndex;

    /** Restores the archive in this file; refuses a file that is not a portal export with {@link InvalidArchive}. */
    public RestoreReport restore(Path archive) throws IOException, InvalidArchive {
        RestoreReport report = new RestoreReport();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Map<String, Source> bySlug = restoreSources(zip, report);
            ZipEntry manifest = required(zip, PortalArchive.ARTICLES);
            IndexingBatch batch = searchIndex.batch();
            try (InputStreamReader reader = new InputStreamReader(bounded(zip.getInputStream(manifest), MAX_MANIFEST_BYTES),
                    StandardCharsets.UTF_8)) {
                List<Article> part = new ArrayList<>();
                ArticleFileParser parser = new ArticleFileParser(MAX_FILE_BYTES);
                for (CSVRecord row : csv().parse(reader)) {
                    Article article = article(zip, row, bySlug, parser, report);
                    if (article != null) {
                        part.add(article);
                    }
                    if (part.size() == PART) {
                        store(part, batch, report);
                        part = new ArrayList<>();
                    }
                }
                store(part, batch, report);
            } catch (IllegalArgumentException | java.io.UncheckedIOException malformed) {
                throw new InvalidArchive("The archive's articles.csv is not valid CSV with the columns "
                        + String.join(",", PortalArchive.ARTICLE_COLUMNS) + ": " + malformed.getMessage());
            } finally {
                batch.awaitSearchable();
            }
        } catch (ZipException notZip) {
            throw new InvalidArchive("This is not a ZIP archive of a Gazette export.");
        }
        return report;
    }

    private Map<String, Source> restoreSources(ZipFile zip, RestoreReport report) throws IOException, InvalidArchive {
        Map<String, Source> bySlug = new HashMap<>();
        try (InputStreamReader reader = new InputStreamReader(
                bounded(zip.getInputStream(required(zip, PortalArchive.SOURCES)), MAX_MANIFEST_BYTES), StandardCharsets.UTF_8)) {
            for (CSVRecord row : csv().parse(reader)) {
                String slug = row.get("slug");
                try {
                    if (!PortalArchive.isSlug(slug)) {
                        throw new IllegalArgumentException("not a slug: " + slug);
                    }
                    Source existing = sources.bySlug(slug).orElse(null);
                    if (existing != null) {
                        report.sourceExisting();
                        bySlug.put(slug, existing);
                        continue;
                    }
                    Source made = new Source(row.get("name"), ZoneId.of(row.get("time_zone")))
                            .describe(row.get("homepage"), row.get("description"));
                    if (!made.slug().equals(slug)) {
                        throw new IllegalArgumentException("its name " + row.get("name") + " makes the address " + made.slug());
                    }
                    bySlug.put(slug, sources.add(made));
                    report.sourceCreated();
                } catch (IllegalArgumentException | DateTimeException invalid) {
                    report.rejected(PortalArchive.SOURCES + "#" + row.getRecordNumber(), "The source cannot be restored: " + invalid.getMessage());
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException malformed) {
            throw new InvalidArchive("The archive's sources.csv is not valid CSV with the columns "
                    + String.join(",", PortalArchive.SOURCE_COLUMNS) + ": " + malformed.getMessage());
        }
        return bySlug;
    }

    /** The article of one manifest row, read from its file; null, with the reason reported, if it cannot be. */
    private static Article article(ZipFile zip, CSVRecord row, Map<String, Source> bySlug, ArticleFileParser parser,
                                   RestoreReport report) throws IOException {
        String item = PortalArchive.ARTICLES + "#" + row.getRecordNumber();
        String slug = row.get("slug");
        Source source = bySlug.get(row.get("source"));
        if (!PortalArchive.isSlug(slug) || source == null) {
            report.rejected(item, source == null ? "Its source " + row.get("source") + " is not among the restored sources (see sources.csv)" : "Not a slug: " + slug);
            return null;
        }
        String name = PortalArchive.fileOf(source.slug(), slug);
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            report.rejected(name, "The file is missing from the archive");
            return null;
        }
        try (InputStream in = bounded(zip.getInputStream(entry), MAX_FILE_BYTES)) {
            ArticleFile file = parser.parse(in.readAllBytes());
            return new Article(source, slug, file.title(), Instant.parse(row.get("published_at")), file.summary(), file.paragraphs());
        } catch (MalformedArticleFileException malformed) {
            report.rejected(name, malformed.getMessage());
        } catch (TooLarge tooLarge) {
            report.rejected(name, "The file is larger than the limit of " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        } catch (DateTimeException | IllegalArgumentException invalid) {
            report.rejected(name, "The article cannot be restored: " + invalid.getMessage());
        }
        return null;
    }

    private void store(List<Article> part, IndexingBatch batch, RestoreReport report) {
        if (part.isEmpty()) {
            return;
        }
        for (Outcome outcome : articles.restoreAll(part, batch)) {
            if (outcome.duplicate()) {
                report.duplicate();
            } else {
                report.restored();
            }
        }
    }

    /**
     * The stream, failing with {@link TooLarge} once more than {@code limit} bytes were read, whatever size the archive
     * claims for the entry: a small entry that inflates to gigabytes stops at the limit.
     */
    private static InputStream bounded(InputStream in, long limit) throws IOException {
        return BoundedInputStream.builder().setInputStream(in).setMaxCount(limit + 1).setPropagateClose(true)
                .setOnMaxCount((max, count) -> {
                    throw new TooLarge();
                }).get();
    }

    private static ZipEntry required(ZipFile zip, String name) throws InvalidArchive {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidArchive("The archive has no " + name + ": it is not a Gazette export.");
        }
        return entry;
    }

    private static CSVFormat csv() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("An entry of the archive is larger than its limit");
        }
    }

    /** A file that is not a portal export at all; nothing of it was stored. */
    public static final class InvalidArchive extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidArchive(String message) {
            super(message);
        }
    }
}
