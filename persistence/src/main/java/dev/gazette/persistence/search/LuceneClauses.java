package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_NAME;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_SLUG;
import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;
import static dev.gazette.persistence.search.SearchMapping.Fields.TITLE;

import dev.gazette.persistence.search.ReaderQuery.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.mapper.orm.Search;

/**
 * The reader's query as Lucene queries, built as Hibernate Search would build the same query of its DSL (see
 * {@link PortableSearch}): each word a clause, a near miss for a typo, the title weighing most, the filters.
 */
final class LuceneClauses {

    private static final Analyzer ENGLISH = new EnglishAnalysis.English();

    private LuceneClauses() {
    }

    /**
     * The reader's words, each one clause; with the filters, the query of a pass. A near miss stands for the words of
     * the index within its edits, which Lucene finds by walking the index's dictionary: rewritten here once for all
     * the passes of a search, not once in each (a search tolerating typos has two to four).
     */
    record Clauses(List<Query> required, List<Query> excluded, boolean everything) {

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
