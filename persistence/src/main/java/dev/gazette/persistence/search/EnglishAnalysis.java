package dev.gazette.persistence.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** English text as readers search it: case and accents ignored, stop words dropped, words reduced to their stem. */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("snowballPorter").param("language", "English");
    }
}
