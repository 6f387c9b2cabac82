package dev.gazette.benchmark;

import dev.gazette.persistence.search.EnglishAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * The bar for the import: the benchmark's articles indexed by Lucene alone, with Gazette's analysis and roughly its
 * fields, on two threads and with the merge policy Hibernate Search uses, committed and reopened for search after
 * every upload's worth of articles as an import's answer requires. No HTTP, database or Hibernate. It shows what the
 * size of an upload costs: every upload ends with a segment to write, and later to merge.
 */
public final class LuceneAlone {

    private static final int THREADS = 2;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        int articles = Integer.parseInt(options.get("articles"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "2000"));
        Corpus.Vocabulary vocabulary = Corpus.Vocabulary.valueOf(options.getOrDefault("vocabulary", "realistic")
                .toUpperCase(Locale.ROOT));
        Path folder = Files.createDirectories(Path.of(options.get("work")).resolve("lucene-alone"));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        Corpus corpus = new Corpus(20261126L, vocabulary);
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalysis.English());
        config.setMergePolicy(new LogByteSizeMergePolicy());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long nanos = 0;
        try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            DirectoryReader reader = DirectoryReader.open(writer);
            for (int from = 0; from < articles; from += batch) {
                // Generating the articles is the benchmark's own work, as in the HTTP benchmark: not timed.
                List<Corpus.Article> upload = new ArrayList<>();
                for (int n = from; n < Math.min(articles, from + batch); n++) {
                    upload.add(corpus.article(n));
                }
                long started = System.nanoTime();
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int first = t;
                    int offset = from;
                    parts.add(threads.submit(() -> {
                        for (int i = first; i < upload.size(); i += THREADS) {
                            writer.addDocument(document(offset + i, upload.get(i)));
                        }
                        return null;
                    }));
                }
                for (Future<?> part : parts) {
                    part.get();
                }
                writer.commit();
                DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
                nanos += System.nanoTime() - started;
                int done = Math.min(articles, from + batch);
                if (done / 100_000 > (done - batch) / 100_000) {
                    System.out.printf("  %,d indexed, %,.0f articles/s so far%n", done, done / (nanos / 1e9));
                }
            }
            System.out.printf("Lucene alone: %,d articles in %.1f s = %,.0f articles/s (%d threads, commit and reopen every %,d articles; %d segments)%n",
                    articles, nanos / 1e9, articles / (nanos / 1e9), THREADS, batch, reader.leaves().size());
            reader.close();
        } finally {
            threads.shutdown();
        }
    }

    /** The fields of SearchMapping: the title, the text (the title three times, abstract, body), exact values. */
    private static Document document(int id, Corpus.Article article) {
        Document document = new Document();
        document.add(new StringField("_id", Integer.toString(id), Field.Store.YES));
        document.add(new IntPoint("format", 3));
        document.add(new TextField("title", article.title(), Field.Store.NO));
        for (int copy = 0; copy < 3; copy++) {
            document.add(new TextField("text", article.title(), Field.Store.NO));
        }
        document.add(new TextField("text", article.summary(), Field.Store.NO));
        document.add(new TextField("text", String.join("\n\n", article.paragraphs()), Field.Store.NO));
        long published = article.publishedAt().toInstant(ZoneOffset.UTC).toEpochMilli();
        document.add(new LongPoint("publishedAt", published));
        document.add(new NumericDocValuesField("publishedAt", published));
        document.add(new KeywordField("month", article.publishedAt().toString().substring(0, 7), Field.Store.NO));
        document.add(new KeywordField("source.slug", article.source().toLowerCase(Locale.ROOT).replace(' ', '-'), Field.Store.NO));
        document.add(new TextField("source.name", article.source(), Field.Store.NO));
        return document;
    }
}
