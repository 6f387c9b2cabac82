package dev.gazette.persistence.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * English text as readers search it: case and accents ignored, stop words dropped, words reduced to their stem.
 * One analyzer instance serves the index and the snippets, so that both see the same words. The same chain is
 * defined for an Elasticsearch/OpenSearch cluster, so that switching backends (README, "Scaling out") is a matter of
 * properties: each backend asks this class for its own kind of configurer.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).instance(new English());
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "english_stop", "porter_stem");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
    }

    /** Standard tokenizer, lower case, ASCII folding, English stop words, Porter stemmer. */
    public static final class English extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer words = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(words));
            // Lucene's Porter stemmer: the same stems as Snowball's for nearly every word, in a fraction of the time
            // (stemming was most of the cost of indexing an article).
            stream = new PorterStemFilter(new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
            return new TokenStreamComponents(words, stream);
        }

        /** Between the values of one field (title, abstract, body in one): far enough apart for no phrase to span two. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }

        /** What a prefix or wildcard is compared with: the word as indexed before stemming. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
