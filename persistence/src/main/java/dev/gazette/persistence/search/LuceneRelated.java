package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;
import static dev.gazette.persistence.search.SearchMapping.Fields.TITLE;

import dev.gazette.domain.articles.Article;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/** {@link RelatedArticles} on the embedded index: Lucene's MoreLikeThis with the index's own English analysis. */
final class LuceneRelated {

    private LuceneRelated() {
    }

    private static MoreLikeThis like(IndexReader reader, String field) throws IOException {
        MoreLikeThis like = new MoreLikeThis(reader);
        like.setAnalyzer(new EnglishAnalysis.English());
        like.setFieldNames(new String[] {field});
        like.setMinTermFreq(1);
        like.setMinDocFreq(2);
        like.setMaxQueryTerms(RelatedArticles.MAX_QUERY_WORDS);
        return like;
    }

    /** At least {@code minimum} of MoreLikeThis's words; null when it found fewer worth asking for. */
    private static Query atLeast(Query words, int minimum) {
        if (!(words instanceof BooleanQuery terms) || terms.clauses().size() < minimum) {
            return null;
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
        for (BooleanClause clause : terms.clauses()) {
            some.add(clause.getQuery(), Occur.SHOULD);
        }
        return some.build();
    }

    static List<Long> find(SearchMapping mapping, String title, String text, Instant from, Instant to, int wanted) {
        try (IndexReader reader = mapping.scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
            Query shared = atLeast(like(reader, TEXT).like(TEXT, new StringReader(text)), RelatedArticles.MIN_SHARED_WORDS);
            Query sharedInTitle = atLeast(like(reader, TITLE).like(TITLE, new StringReader(title)), 1);
            if (shared == null || sharedInTitle == null) {
                return List.of();
            }
            Query query = new BooleanQuery.Builder()
                    .add(shared, Occur.MUST)
                    .add(sharedInTitle, Occur.MUST)
                    // Hibernate Search indexes an instant as its epoch milliseconds.
                    .add(LongPoint.newRangeQuery(PUBLISHED, from.toEpochMilli(), to.toEpochMilli()), Occur.FILTER)
                    .build();
            List<Long> ids = new ArrayList<>();
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc hit : new IndexSearcher(reader).search(query, wanted).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                Long id = LuceneSearch.idOf(leaf, hit.doc - leaf.docBase);
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }
}
