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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVRecord;

/**
 * Restores a {@link PortalArchive} into this portal: its sources, then its articles with their slugs and instants, in
 * transactions of {@link #PART} articles indexed as one batch (a part that fails is stored article by article, so
 * one bad article costs no other). Nothing of the archive is written to disk under a name it gives: files are looked
 * up by the manifest's slugs, each once, and read with a size limit, so neither {@code ../x} nor a compression bomb
 * gets anywhere. One restore runs at a time.
 */
@ApplicationScoped
public class PortalRestore {

    private static final Logger LOG = Logger.getLogger(PortalRestore.class.getName());
    static final int PART = 100;
    /** An exported article file holds at most a million characters of body: 8 MB covers any of them in UTF-8. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 256L * 1024 * 1024;

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    @Inject
    SearchIndex searchIndex;

    private final AtomicBoolean running = new AtomicBoolean();

    /** An article of the archive, read and checked, to be made into an entity when its part is stored. */
    private record Pending(String item, Source source, String slug, ArticleFile file, Instant publishedAt,
                           Instant unpublishedAt) {

        /** As it was there, withdrawn ones withdrawn still. */
        Article article() {
            Article article = new Article(source, slug, file.title(), publishedAt, file.summary(), file.paragraphs());
            if (unpublishedAt != null) {
                article.unpublish(unpublishedAt);
            }
            return article;
        }
    }

    /**
     * Restores the archive in this file. Refuses, storing nothing, a file that is not a portal export
     * ({@link InvalidArchive}), and a restore while another runs ({@link RestoreRunning}).
     */
    public RestoreReport restore(Path archive) throws InvalidArchive, RestoreRunning {
        if (!running.compareAndSet(false, true)) {
            throw new RestoreRunning();
        }
        try (ZipFile zip = open(archive)) {
            ZipEntry sourcesCsv = required(zip, PortalArchive.SOURCES);
            ZipEntry manifest = required(zip, PortalArchive.ARTICLES);
            RestoreReport report = new RestoreReport();
            Map<String, Source> bySlug = restoreSources(zip, sourcesCsv, report);
            restoreArticles(zip, manifest, bySlug, report);
            return report;
        } catch (IOException closing) {
            throw new IllegalStateException(closing);
        } finally {
            running.set(false);
        }
    }

    private static ZipFile open(Path archive) throws InvalidArchive {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (IOException notZip) {
            throw new InvalidArchive("This is not a ZIP archive of a Gazette export.");
        }
    }

    private Map<String, Source> restoreSources(ZipFile zip, ZipEntry entry, RestoreReport report) throws InvalidArchive {
        Map<String, Source> bySlug = new HashMap<>();
        try (InputStreamReader reader = new InputStreamReader(ArchiveReading.bounded(zip.getInputStream(entry), MAX_MANIFEST_BYTES),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : ArchiveReading.csv().parse(reader)) {
                String item = PortalArchive.SOURCES + "#" + row.getRecordNumber();
                try {
                    String slug = row.get("slug");
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
                } catch (RuntimeException invalid) {
                    report.rejected(item, "The source cannot be restored: " + ArchiveReading.explain(invalid));
                }
            }
        } catch (IOException | RuntimeException malformed) {
            throw new InvalidArchive("The archive's sources.csv is not valid CSV with the columns "
                    + String.join(",", PortalArchive.SOURCE_COLUMNS) + " (" + malformed.getMessage() + "); nothing was restored.");
        }
        return bySlug;
    }

    private void restoreArticles(ZipFile zip, ZipEntry manifest, Map<String, Source> bySlug, RestoreReport report)
            throws InvalidArchive {
        IndexingBatch batch = searchIndex.batch();
        try (InputStreamReader reader = new InputStreamReader(ArchiveReading.bounded(zip.getInputStream(manifest), MAX_MANIFEST_BYTES),
                StandardCharsets.UTF_8)) {
            ArticleFileParser parser = new ArticleFileParser(MAX_FILE_BYTES);
            Set<String> seen = new HashSet<>();
            List<Pending> part = new ArrayList<>();
            for (CSVRecord row : ArchiveReading.csv().parse(reader)) {
                Pending pending = pending(zip, row, bySlug, parser, seen, report);
                if (pending != null) {
                    part.add(pending);
                }
                if (part.size() == PART) {
                    store(part, batch, report);
                    part = new ArrayList<>();
                }
            }
            store(part, batch, report);
        } catch (IOException | RuntimeException malformed) {
            // Parts already stored stay stored, and are in the report; the rest of the manifest could not be read.
            report.rejected(PortalArchive.ARTICLES, "The rest of the manifest could not be read: " + malformed.getMessage());
        } finally {
            batch.awaitSearchable();
        }
    }

    /** The article of one manifest row, read from its file; null, with the reason reported, if it cannot be. */
    private static Pending pending(ZipFile zip, CSVRecord row, Map<String, Source> bySlug, ArticleFileParser parser,
                                   Set<String> seen, RestoreReport report) {
        String item = PortalArchive.ARTICLES + "#" + row.getRecordNumber();
        String slug = row.get("slug");
        Source source = bySlug.get(row.get("source"));
        if (!PortalArchive.isSlug(slug) || source == null) {
            report.rejected(item, source == null
                    ? "Its source " + row.get("source") + " is not among the restored sources (see sources.csv)"
                    : "Not a slug: " + slug);
            return null;
        }
        String name = PortalArchive.fileOf(source.slug(), slug);
        if (!seen.add(name)) {
            report.rejected(item, "The manifest names " + name + " a second time");
            return null;
        }
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            report.rejected(name, "The file is missing from the archive");
            return null;
        }
        try (InputStream in = ArchiveReading.bounded(zip.getInputStream(entry), MAX_FILE_BYTES)) {
            // Exports before withdrawn articles existed have no such column: everything in them is published.
            String unpublished = row.isSet("unpublished_at") ? row.get("unpublished_at") : "";
            return new Pending(name, source, slug, parser.parse(in.readAllBytes()), Instant.parse(row.get("published_at")),
                    unpublished == null || unpublished.isBlank() ? null : Instant.parse(unpublished));
        } catch (MalformedArticleFileException malformed) {
            report.rejected(name, malformed.getMessage());
        } catch (ArchiveReading.TooLarge tooLarge) {
            report.rejected(name, "The file is larger than the limit of " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        } catch (IOException damaged) {
            report.rejected(name, "The file cannot be read from the archive: " + damaged.getMessage());
        } catch (DateTimeException | IllegalArgumentException invalid) {
            report.rejected(name, "The article cannot be restored: " + invalid.getMessage());
        }
        return null;
    }

    /** A part in one transaction; should it fail (an article the database refuses), each article on its own. */
    private void store(List<Pending> part, IndexingBatch batch, RestoreReport report) {
        if (part.isEmpty()) {
            return;
        }
        try {
            record(part, articles.restoreAll(part.stream().map(Pending::article).toList(), batch), report);
        } catch (RuntimeException partFailed) {
            LOG.log(Level.INFO, "Restoring a part in one transaction failed; restoring its articles one by one", partFailed);
            for (Pending pending : part) {
                try {
                    record(List.of(pending), articles.restoreAll(List.of(pending.article()), batch), report);
                } catch (RuntimeException failure) {
                    report.rejected(pending.item(), "The article cannot be restored: " + ArchiveReading.explain(failure));
                }
            }
        }
    }

    private static void record(List<Pending> part, List<Outcome> outcomes, RestoreReport report) {
        for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i).kind()) {
                case PUBLISHED -> report.restored();
                case DUPLICATE -> report.duplicate();
                case ADDRESS_TAKEN -> report.rejected(part.get(i).item(), "Its address /articles/" + outcomes.get(i).slug()
                        + " belongs to another article here");
            }
        }
    }

    private static ZipEntry required(ZipFile zip, String name) throws InvalidArchive {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidArchive("The archive has no " + name + ": it is not a Gazette export.");
        }
        return entry;
    }
}
