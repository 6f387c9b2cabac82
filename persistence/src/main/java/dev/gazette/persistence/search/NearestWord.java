package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean" on the embedded index: the indexed word nearest to a reader's word, found by one walk of the index's
 * dictionary, and an article that has it.
 */
final class NearestWord {

    private NearestWord() {
    }

    /**
     * The indexed word nearest to {@code word} (up to two edits, the first letter included: "kofee" is "coffee"),
     * the most frequent of the nearest, and an article that has it; empty when no word is that near. A word of the
     * index is its own nearest; else it walks the index's dictionary once and reads no list of articles beyond its
     * first entry: a fuzzy search for the best article would score every article of every near word (at a million
     * articles, most of a search that finds nothing).
     */
    static Optional<LuceneSearch.Near> in(IndexReader reader, String word) throws IOException {
        String analysed = Snippets.analysed(word);
        if (analysed == null) {
            return Optional.empty();
        }
        {
            Terms terms = MultiTerms.getTerms(reader, TEXT);
            if (terms == null) {
                return Optional.empty();
            }
            // A word of the index is its own nearest: no walk. Three rare words that are never found together are
            // the commonest search that finds nothing, and walking the dictionary for each was most of its time.
            BytesRef asTyped = new BytesRef(analysed);
            if (terms.iterator().seekExact(asTyped)) {
                Optional<LuceneSearch.Near> itself = firstArticleWith(reader, asTyped);
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
        }
    }

    private static Optional<LuceneSearch.Near> firstArticleWith(IndexReader reader, BytesRef indexed) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum articles = leaf.reader().postings(new org.apache.lucene.index.Term(TEXT, indexed), PostingsEnum.NONE);
            if (articles == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
                Long id = live == null || live.get(doc) ? LuceneSearch.idOf(leaf, doc) : null;
                if (id != null) {
                    return Optional.of(new LuceneSearch.Near(indexed.utf8ToString(), id));
                }
            }
        }
        return Optional.empty();
    }
}
