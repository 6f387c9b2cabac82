package dev.gazette.web.moving;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.articles.file.ArticleFileWriter;
import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.sources.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the whole portal as a {@link PortalArchive}, streamed as it is read: the articles a page at a time in the
 * order of their ids, so an export of a million articles holds a page in memory, never the portal.
 */
@ApplicationScoped
public class PortalExport {

    /** Articles read at a time: a hundred of the longest (a million characters) are 200 MB of heap, a page of any other far less. */
    private static final int PAGE = 100;

    @Inject
    Sources sources;

    @Inject
    Articles articles;

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);

        zip.putNextEntry(new ZipEntry(PortalArchive.SOURCES));
        CSVPrinter sourcesCsv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(PortalArchive.SOURCE_COLUMNS).get());
        for (Source source : sources.all()) {
            sourcesCsv.printRecord(source.slug(), source.name(), source.zone().getId(), blank(source.homepage()),
                    blank(source.description()));
        }
        sourcesCsv.flush();
        zip.closeEntry();

        // The manifest before the files, so that a reader of the stream knows every article before its file.
        // Both passes read the articles up to the same last id: an article imported meanwhile is in neither, not in
        // one of them only.
        long last = articles.lastId();
        zip.putNextEntry(new ZipEntry(PortalArchive.ARTICLES));
        CSVPrinter articlesCsv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(PortalArchive.ARTICLE_COLUMNS).get());
        eachArticle(last, article -> {
            try {
                articlesCsv.printRecord(PortalArchive.fileOf(article.source().slug(), article.slug()), article.slug(),
                        article.source().slug(), article.publishedAt().toString(),
                        article.isPublished() ? "" : article.unpublishedAt().toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        articlesCsv.flush();
        zip.closeEntry();

        eachArticle(last, article -> {
            try {
                zip.putNextEntry(new ZipEntry(PortalArchive.fileOf(article.source().slug(), article.slug())));
                zip.write(ArticleFileWriter.write(new ArticleFile(article.title(),
                        article.publishedLocally().toLocalDateTime(), article.summary(), article.paragraphs()))
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        zip.finish();
        zip.flush();
    }

    private void eachArticle(long last, Consumer<Article> action) {
        long after = 0;
        List<Article> page;
        do {
            page = articles.after(after, last, PAGE);
            page.forEach(action);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
