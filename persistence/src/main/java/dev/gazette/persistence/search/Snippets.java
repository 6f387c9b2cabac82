package dev.gazette.persistence.search;

import dev.gazette.persistence.search.ReaderQuery.Field;
import dev.gazette.persistence.search.ReaderQuery.Kind;
import dev.gazette.persistence.search.ReaderQuery.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The matched words of a reader's query marked in an article's title and in one passage of its text, as HTML
 * escaped by Lucene's unified highlighter. It works on the text the page shows anyway (the article just loaded),
 * so the index stores no text and no term vectors, and the same query gives the same marks on any search backend.
 */
final class Snippets {

    /** Roughly two lines of a result list. */
    static final int SNIPPET_LENGTH = 180;

    private static final String FIELD = "text";
    private static final Analyzer ENGLISH = new EnglishAnalysis.English();

    // Built once: a unified highlighter is thread-safe (Reusing keeps its prepared queries per thread). Without
    // phrases it matches terms on the token stream directly, with no in-memory index per text.
    private static final UnifiedHighlighter WHOLE_TERMS = highlighter(true, false);
    private static final UnifiedHighlighter WHOLE_PHRASES = highlighter(true, true);
    private static final UnifiedHighlighter PASSAGE_TERMS = highlighter(false, false);
    private static final UnifiedHighlighter PASSAGE_PHRASES = highlighter(false, true);

    private Snippets() {
    }

    private static UnifiedHighlighter highlighter(boolean whole, boolean phrases) {
        return new Reusing(UnifiedHighlighter.builderWithoutSearcher(ENGLISH)
                // Phrases, passage relevancy over speed or weight matches build an in-memory index of every text;
                // without them the terms are matched on the token stream. (Not withFlags: it keeps the defaults.)
                .withHandleMultiTermQuery(true).withHighlightPhrasesStrictly(phrases)
                .withPassageRelevancyOverSpeed(false).withWeightMatches(false)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> whole ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ENGLISH),
                        SNIPPET_LENGTH, 0.3f)));
    }

    /**
     * A unified highlighter that keeps, on each thread, what it prepared for the last query: a page marks the same
     * query in a title, an abstract and paragraphs of twenty articles, and preparing it (a matcher built per word,
     * a break iterator) for every one of these texts was a sixth of making the snippets.
     */
    private static final class Reusing extends UnifiedHighlighter {

        /** A prepared highlighter is used by one thread at a time: its break iterator holds the text it marks. */
        private final ThreadLocal<Prepared> last = new ThreadLocal<>();

        private record Prepared(String field, Query query, int maxPassages, FieldHighlighter highlighter) {
        }

        Reusing(Builder builder) {
            super(builder);
        }

        @Override
        protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<org.apache.lucene.index.Term> terms,
                                                       int maxPassages) {
            Prepared prepared = last.get();
            if (prepared == null || prepared.query() != query || !prepared.field().equals(field)
                    || prepared.maxPassages() != maxPassages) {
                prepared = new Prepared(field, query, maxPassages, super.getFieldHighlighter(field, query, terms, maxPassages));
                last.set(prepared);
            }
            return prepared.highlighter();
        }
    }

    /**
     * A reader query as the highlighter sees it. {@code tolerateTypos} as in the search: near-miss words are marked
     * only when the search itself tolerated them.
     */
    record Marks(Query title, Query text, boolean phrases) {

        static Marks of(ReaderQuery query, boolean tolerateTypos) {
            BooleanQuery.Builder title = new BooleanQuery.Builder();
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            boolean phrases = false;
            for (List<Term> group : query.required()) {
                for (Term term : group) {
                    Query marked = query(term, tolerateTypos);
                    phrases |= marked instanceof PhraseQuery;
                    if (term.field() == Field.ANY || term.field() == Field.TITLE) {
                        title.add(marked, Occur.SHOULD);
                    }
                    if (term.field() == Field.ANY) {
                        text.add(marked, Occur.SHOULD);
                    }
                }
            }
            return new Marks(title.build(), text.build(), phrases);
        }

        /** The same word as the search engine compares it: analysed, and for typos within the same edit distance. */
        static Query query(Term term, boolean tolerateTypos) {
            if (term.kind() == Kind.PREFIX) {
                return new PrefixQuery(new org.apache.lucene.index.Term(FIELD, ENGLISH.normalize(FIELD, term.text())));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            List<String> words = new ArrayList<>();
            try (TokenStream tokens = ENGLISH.tokenStream(FIELD, term.text())) {
                CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
                tokens.reset();
                int position = -1;
                while (tokens.incrementToken()) {
                    position += increment.getPositionIncrement();
                    words.add(word.toString());
                    phrase.add(new org.apache.lucene.index.Term(FIELD, word.toString()), position);
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (words.isEmpty()) {
                return new MatchNoDocsQuery();
            }
            if (words.size() > 1) {
                return phrase.build();
            }
            String word = words.get(0);
            int edits = term.edits(tolerateTypos);
            org.apache.lucene.index.Term indexed = new org.apache.lucene.index.Term(FIELD, word);
            return edits == 0 ? new TermQuery(indexed) : new NearMiss(indexed, edits);
        }
    }

    /**
     * A word within {@code edits} of the query's, its first letter right, as the search's near miss. The highlighter
     * asks a fuzzy query for its automaton for every text it marks, and a fuzzy query builds it anew each time: for a
     * page of twenty hits, a hundred times the same automaton. This one builds it once, for the page.
     */
    static final class NearMiss extends FuzzyQuery {

        private final ByteRunAutomaton automaton;

        NearMiss(org.apache.lucene.index.Term term, int edits) {
            super(term, edits, 1);
            automaton = getAutomata().runAutomaton;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            if (visitor.acceptField(getField())) {
                visitor.consumeTermsMatching(this, getField(), () -> automaton);
            }
        }
    }

    /** The whole title with its matches marked, or null when nothing in it matched. */
    static String title(Marks marks, String title) {
        return highlight(marks, marks.title(), title, true);
    }

    /**
     * A passage of the first of the texts that matches, its matches marked, or null when none matched. Given the
     * abstract and then the paragraphs, it analyses only as much of an article as it takes to find a match.
     */
    static String passage(Marks marks, List<String> texts) {
        for (String text : texts) {
            String marked = highlight(marks, marks.text(), text, false);
            if (marked != null) {
                return marked;
            }
        }
        return null;
    }

    /** The first word of the texts that {@code word} matches within {@code edits}, its first letter included. */
    static String nearest(String word, int edits, List<String> texts) {
        String analysed = analysed(word);
        return analysed == null ? null
                : firstMarked(new FuzzyQuery(new org.apache.lucene.index.Term(FIELD, analysed), edits, 0), texts);
    }

    /** The first word of the texts that is {@code indexed} once analysed (the index's "coffe" is "Coffee" here). */
    static String writtenAs(String indexed, List<String> texts) {
        return firstMarked(new TermQuery(new org.apache.lucene.index.Term(FIELD, indexed)), texts);
    }

    /** The analysed word as the search compares it, or null when the text is not one word (or a stop word). */
    static String analysed(String word) {
        return Marks.query(new Term(Field.ANY, Kind.WORD, word), false) instanceof TermQuery exact
                ? exact.getTerm().text() : null;
    }

    /** The first word the query marks in the first of the texts where it marks one. */
    private static String firstMarked(Query query, List<String> texts) {
        for (String text : texts) {
            String marked = highlight(new Marks(query, query, false), query, text, false);
            int start = marked == null ? -1 : marked.indexOf("<mark>");
            int end = start < 0 ? -1 : marked.indexOf("</mark>", start);
            if (end >= 0) {
                return marked.substring(start + "<mark>".length(), end);
            }
        }
        return null;
    }

    private static String highlight(Marks marks, Query query, String text, boolean whole) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        UnifiedHighlighter highlighter = whole ? (marks.phrases() ? WHOLE_PHRASES : WHOLE_TERMS)
                : (marks.phrases() ? PASSAGE_PHRASES : PASSAGE_TERMS);
        try {
            Object marked = highlighter.highlightWithoutSearcher(FIELD, query, text, 1);
            return marked == null ? null : marked.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
