package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.MONTH;
import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_NAME;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_SLUG;
import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;
import static dev.gazette.persistence.search.SearchMapping.Fields.TITLE;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.search.ReaderQuery.Term;
import dev.gazette.persistence.search.SearchRequest.Order;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
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
    private static final Analyzer ENGLISH = new EnglishAnalysis.English();

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
            Clauses clauses = Clauses.of(query, tolerateTypos, searcher, executor);
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

    /**
     * The indexed word nearest to {@code word} (up to two edits, the first letter included: "kofee" is "coffee"),
     * the most frequent of the nearest, and an article that has it; empty when no word is that near. A word of the
     * index is its own nearest; else it walks the index's dictionary once and reads no list of articles beyond its
     * first entry: a fuzzy search for the best article would score every article of every near word (at a million
     * articles, most of a search that finds nothing).
     */
    Optional<Near> nearest(String word) {
        String analysed = Snippets.analysed(word);
        if (analysed == null) {
            return Optional.empty();
        }
        try (IndexReader reader = index.openIndexReader()) {
            Terms terms = MultiTerms.getTerms(reader, TEXT);
            if (terms == null) {
                return Optional.empty();
            }
            // A word of the index is its own nearest: no walk. Three rare words that are never found together are
            // the commonest search that finds nothing, and walking the dictionary for each was most of its time.
            BytesRef asTyped = new BytesRef(analysed);
            if (terms.iterator().seekExact(asTyped)) {
                Optional<Near> itself = firstArticleWith(reader, asTyped);
                if (itself.isPresent()) {
                    return itself;
                }
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new org.apache.lucene.index.Term(TEXT, analysed), 2, 0, true);
            BytesRef best = null;
            float bestSimilarity = -1;
            int bestFrequency = 0;
            for (BytesRef term = near.next(); term != null; term = near.next()) {
                float similarity = near.getBoost();
                int frequency = near.docFreq();
                if (similarity > bestSimilarity || similarity == bestSimilarity && frequency > bestFrequency) {
                    best = BytesRef.deepCopyOf(term);
                    bestSimilarity = similarity;
                    bestFrequency = frequency;
                }
            }
            return best == null ? Optional.empty() : firstArticleWith(reader, best);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    private static Optional<Near> firstArticleWith(IndexReader reader, BytesRef indexed) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum articles = leaf.reader().postings(new org.apache.lucene.index.Term(TEXT, indexed), PostingsEnum.NONE);
            if (articles == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
                Long id = live == null || live.get(doc) ? idOf(leaf, doc) : null;
                if (id != null) {
                    return Optional.of(new Near(indexed.utf8ToString(), id));
                }
            }
        }
        return Optional.empty();
    }

    /** How many articles the query finds under the request's filters, counted without scoring. */
    long count(ReaderQuery query, SearchRequest request, boolean tolerateTypos) {
        try (IndexReader reader = index.openIndexReader()) {
            IndexSearcher searcher = searcher(reader);
            return searcher.count(Clauses.of(query, tolerateTypos, searcher, executor).query(request, true, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    private IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader, executor);
        searcher.setQueryCache(FrequentWords.CACHE);
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
    private static Long idOf(LeafReaderContext leaf, int doc) throws IOException {
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

    /**
     * The reader's words, each one clause; with the filters, the query of a pass. A near miss stands for the words of
     * the index within its edits, which Lucene finds by walking the index's dictionary: rewritten here once for all
     * the passes of a search, not once in each (a search tolerating typos has two to four).
     */
    private record Clauses(List<Query> required, List<Query> excluded, boolean everything) {

        /**
         * {@code executor}, if not null, rewrites the words of a search tolerating typos side by side: each walks the
         * dictionary of every segment, and a search for three rare words that finds nothing walked them one by one.
         * (These rewrites hand no work to the searcher's executor, which would wait on the same few threads.)
         */
        static Clauses of(ReaderQuery query, boolean tolerateTypos, IndexSearcher searcher, Executor executor)
                throws IOException {
            List<Query> unwritten = new ArrayList<>();
            for (List<Term> group : query.required()) {
                if (group.size() == 1) {
                    unwritten.add(term(group.get(0), tolerateTypos));
                } else {
                    BooleanQuery.Builder either = new BooleanQuery.Builder();
                    group.forEach(t -> either.add(term(t, tolerateTypos), Occur.SHOULD));
                    unwritten.add(either.build());
                }
            }
            List<Query> required = new ArrayList<>();
            if (tolerateTypos && executor != null && unwritten.size() > 1) {
                List<CompletableFuture<Query>> rewritten = new ArrayList<>();
                for (Query clause : unwritten.subList(1, unwritten.size())) {
                    rewritten.add(CompletableFuture.supplyAsync(() -> rewrite(searcher, clause), executor));
                }
                try {
                    required.add(searcher.rewrite(unwritten.get(0)));
                    rewritten.forEach(clause -> required.add(clause.join()));
                } catch (CompletionException e) {
                    // As the same rewrite on this thread would have failed (too many clauses, say).
                    if (e.getCause() instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                } finally {
                    // None still reads the index once the caller closes it.
                    CompletableFuture.allOf(rewritten.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
                }
            } else {
                for (Query clause : unwritten) {
                    required.add(searcher.rewrite(clause));
                }
            }
            List<Query> excluded = new ArrayList<>();
            for (Term term : query.excluded()) {
                excluded.add(term(term, false));
            }
            return new Clauses(required, excluded, !query.hasPositiveTerms());
        }

        private static Query rewrite(IndexSearcher searcher, Query query) {
            try {
                return searcher.rewrite(query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Query query(SearchRequest request, boolean withSource, boolean withDays) {
            BooleanQuery.Builder root = new BooleanQuery.Builder();
            if (everything) {
                root.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            required.forEach(clause -> root.add(clause, Occur.MUST));
            excluded.forEach(clause -> root.add(clause, Occur.MUST_NOT));
            if (withSource && request.filtersSource()) {
                root.add(new TermQuery(new org.apache.lucene.index.Term(SOURCE_SLUG, request.source())), Occur.FILTER);
            }
            if (withDays && request.filtersDays()) {
                // Hibernate Search indexes an instant as its epoch milliseconds.
                long from = request.firstInstant() == null ? Long.MIN_VALUE : request.firstInstant().toEpochMilli();
                long to = request.endInstant() == null ? Long.MAX_VALUE : request.endInstant().toEpochMilli() - 1;
                root.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
            }
            return root.build();
        }
    }

    private static Query term(Term term, boolean tolerateTypos) {
        String text = term.text();
        return switch (term.kind()) {
            case PHRASE -> switch (term.field()) {
                case TITLE -> phrase(TITLE, text);
                case SOURCE -> phrase(SOURCE_NAME, text);
                case ANY -> phrase(TEXT, text);
            };
            case PREFIX -> switch (term.field()) {
                case TITLE -> prefix(TITLE, text);
                case SOURCE -> prefix(SOURCE_NAME, text);
                case ANY -> titleFirst(prefix(TEXT, text), prefix(TITLE, text));
            };
            case WORD -> word(term, tolerateTypos);
        };
    }

    private static Query titleFirst(Query anywhere, Query inTitle) {
        return new BooleanQuery.Builder().add(anywhere, Occur.MUST)
                .add(new BoostQuery(new BooleanQuery.Builder().add(inTitle, Occur.MUST).build(), 3f), Occur.SHOULD)
                .build();
    }

    private static Query word(Term term, boolean tolerateTypos) {
        String text = term.text();
        if (term.field() == ReaderQuery.Field.SOURCE) {
            return new BooleanQuery.Builder().add(match(SOURCE_NAME, text, 0), Occur.SHOULD)
                    .add(new TermQuery(new org.apache.lucene.index.Term(SOURCE_SLUG, text.toLowerCase(Locale.ROOT))), Occur.SHOULD)
                    .build();
        }
        // One field per word: the title counts more by its copies in the text (see SearchMapping.WholeText). A
        // required text clause with an optional title clause per word was half the time of ranking a page.
        String field = term.field() == ReaderQuery.Field.TITLE ? TITLE : TEXT;
        Query exact = match(field, text, 0);
        int edits = term.edits(tolerateTypos);
        if (edits == 0) {
            return exact;
        }
        Query nearMiss = match(field, text, edits);
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new BooleanQuery.Builder().add(exact, Occur.MUST).build(), 4f), Occur.SHOULD)
                .add(nearMiss, Occur.SHOULD)
                .build();
    }

    /** The words of {@code text} as the field's analyzer reads them, any of them; each a near miss if edits > 0. */
    private static Query match(String field, String text, int edits) {
        QueryBuilder builder = edits == 0 ? new QueryBuilder(ENGLISH) : new QueryBuilder(ENGLISH) {
            @Override
            protected Query newTermQuery(org.apache.lucene.index.Term term, float boost) {
                return new FuzzyQuery(term, edits, 1);
            }
        };
        return orNothing(builder.createBooleanQuery(field, text, Occur.SHOULD));
    }

    private static Query phrase(String field, String text) {
        return orNothing(new QueryBuilder(ENGLISH).createPhraseQuery(field, text));
    }

    /** Compared with the words as indexed before stemming, as a wildcard in the DSL is. */
    private static Query prefix(String field, String text) {
        BytesRef normalized = ENGLISH.normalize(field, text);
        return new PrefixQuery(new org.apache.lucene.index.Term(field, normalized));
    }

    /** Text that analyses to no word at all (only stop words) matches nothing. */
    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery() : query;
    }
}
