package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.MONTH;
import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_SLUG;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.search.SearchRequest.Order;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;

/**
 * The search on the embedded Lucene index, run by Lucene itself: a pass over the matching articles collects the
 * page, then the exact total and the facet counts (see ValueCounts), on all cores. Hibernate Search's terms aggregation
 * checks every matching article for repeated values (its fields may hold several) and was half the time of a search
 * over a million articles; a source and a month are one value per article. The query is the one
 * {@link ArticleSearch} builds with Hibernate Search's DSL, clause for clause (the same tests run on both); the DSL
 * query remains the one for an Elasticsearch/OpenSearch backend.
 */
final class LuceneSearch {

    /** Where Hibernate Search keeps each document's entity id. */
    private static final String ID = "__HSEARCH_id_docvalue";

    /** What one search found: the ids of the page's articles in order, the total and the two facets. */
    record Found(List<Long> ids, long total, Map<String, Long> sources, Map<String, Long> months) {
    }

    private final LuceneIndexScope index;
    private final Executor executor;
    private final FrequentWords frequentWords = new FrequentWords();

    private LuceneSearch(LuceneIndexScope index, Executor executor) {
        this.index = index;
        this.executor = executor;
    }

    /**
     * The search straight on Lucene when the backend is the embedded Lucene one; empty for a search cluster.
     * {@code executor}: threads to search several parts of the index at once, or null to search on the caller's.
     */
    static Optional<LuceneSearch> of(EntityManagerFactory factory, Executor executor) {
        var mapping = Search.mapping(factory);
        if (!(mapping.backend() instanceof LuceneBackend)) {
            return Optional.empty();
        }
        return Optional.of(new LuceneSearch(mapping.scope(Article.class).extension(LuceneExtension.get()), executor));
    }

    Found find(ReaderQuery query, SearchRequest request, Order order, boolean tolerateTypos) {
        boolean sourceFiltered = request.filtersSource();
        boolean daysFiltered = request.filtersDays();
        try (IndexReader reader = index.openIndexReader()) {
            // A page past the end (page=100000) asks for no more hits than there are documents: Lucene fills its
            // queue of the best hits up front, and millions of entries would exhaust the heap.
            int first = (int) Math.min(request.page().offset(), reader.maxDoc());
            int wanted = Math.max(1, (int) Math.min((long) first + request.page().size(), reader.maxDoc()));
            // Segments are searched in parallel when there are threads for it: over a million articles, a search
            // is mostly walking the matches, and two cores walk them in about half the time.
            IndexSearcher searcher = searcher(reader);
            LuceneClauses.Clauses clauses = LuceneClauses.Clauses.of(query, tolerateTypos, searcher, executor);
            Query main = clauses.query(request, true, true);
            // Two passes, each of which Lucene can run fast: the count and the facets walk every match but score
            // none; the page is the best-scoring (or newest) few, for which Lucene skips the blocks of matches
            // that cannot make it (block-max WAND, or the date index). One pass doing both scores every match.
            CollectorManager<?, ? extends TopDocs> top = switch (order) {
                case RELEVANCE -> new TopScoreDocCollectorManager(wanted, null, wanted);
                case NEWEST -> new TopFieldCollectorManager(byDate(true), wanted, null, wanted);
                case OLDEST -> new TopFieldCollectorManager(byDate(false), wanted, null, wanted);
            };
            TopDocs hits = searcher.search(main, top);
            // Each facet counts under every other filter; without its own filter it is the main query's.
            List<String> counted = new ArrayList<>();
            if (!sourceFiltered) {
                counted.add(SOURCE_SLUG);
            }
            if (!daysFiltered) {
                counted.add(MONTH);
            }
            ValueCounts.Counts counts = searcher.search(main, new ValueCounts(counted));
            Map<String, Long> sources = sourceFiltered
                    ? searcher.search(clauses.query(request, false, true), new ValueCounts(List.of(SOURCE_SLUG))).byField().get(SOURCE_SLUG)
                    : counts.byField().get(SOURCE_SLUG);
            Map<String, Long> months = daysFiltered
                    ? searcher.search(clauses.query(request, true, false), new ValueCounts(List.of(MONTH))).byField().get(MONTH)
                    : counts.byField().get(MONTH);
            return new Found(ids(reader, hits, first), counts.total(),
                    top(sources, Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey), SearchResult.MAX_SOURCES),
                    top(months, Map.Entry.<String, Long>comparingByKey().reversed(), SearchResult.MAX_MONTHS));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    /** An indexed word and an article that has it. */
    record Near(String indexed, long articleId) {
    }

    /** The indexed word nearest to {@code word}, and an article that has it (see {@link NearestWord}). */
    Optional<Near> nearest(String word) {
        try (IndexReader reader = index.openIndexReader()) {
            return NearestWord.in(reader, word);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    /** How many articles the query finds under the request's filters, counted without scoring. */
    long count(ReaderQuery query, SearchRequest request, boolean tolerateTypos) {
        try (IndexReader reader = index.openIndexReader()) {
            IndexSearcher searcher = searcher(reader);
            return searcher.count(LuceneClauses.Clauses.of(query, tolerateTypos, searcher, executor).query(request, true, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    /**
     * Parts of the index are searched on several threads only when the index is large: over a small one, handing
     * the parts to the server's threads costs more than it saves, and under many readers at once the searches
     * queued for those threads (a search page of a small portal ran at a third of its speed).
     */
    static final int PARALLEL_FROM = 200_000;

    private IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader, reader.maxDoc() >= PARALLEL_FROM ? executor : null);
        searcher.setQueryCache(FrequentWords.ENABLED ? FrequentWords.CACHE : null);
        searcher.setQueryCachingPolicy(frequentWords);
        return searcher;
    }

    private static Sort byDate(boolean newestFirst) {
        return new Sort(new SortedNumericSortField(PUBLISHED, SortField.Type.LONG, newestFirst));
    }

    private static List<Long> ids(IndexReader reader, TopDocs hits, int first) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Long> ids = new ArrayList<>();
        for (int i = first; i < hits.scoreDocs.length; i++) {
            int doc = hits.scoreDocs[i].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Long id = idOf(leaf, doc - leaf.docBase);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The entity id of a document of a segment, as Hibernate Search keeps it; null if it has none. */
    static Long idOf(LeafReaderContext leaf, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(ID);
        return values != null && values.advanceExact(doc) ? Long.valueOf(values.binaryValue().utf8ToString()) : null;
    }

    /** The first {@code max} values in this order, as an ordered map. */
    private static Map<String, Long> top(Map<String, Long> counts, Comparator<Map.Entry<String, Long>> order, int max) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(order).limit(max).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    // The query, as ArticleSearch#predicate builds it with the DSL.
}
