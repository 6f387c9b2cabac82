package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.sources.Source;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How articles are indexed, kept here rather than as annotations so that the domain stays free of search concerns.
 * Title, abstract and body are English text (stored for highlighting); the source and the publication time are
 * exact values to filter, sort and count by.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep article = mapping.type(Article.class);
        article.indexed().index(INDEX);
        for (String text : new String[] {Fields.TITLE, Fields.SUMMARY, Fields.BODY}) {
            // Term vectors with offsets let the highlighter find the matches without analysing the text again.
            article.property(text).fullTextField().analyzer(EnglishAnalysis.ENGLISH)
                    .highlightable(java.util.List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)
                    .termVector(TermVector.WITH_POSITIONS_OFFSETS);
        }
        article.property("publishedAt")
                .genericField(Fields.PUBLISHED).sortable(Sortable.YES)
                .keywordField(Fields.MONTH).valueBridge(new MonthBridge()).aggregable(Aggregable.YES);
        article.property("source").indexedEmbedded().includePaths("slug", "name")
                // Sources have no list of their articles, and a slug never changes: no reindexing on source edits.
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        TypeMappingStep source = mapping.type(Source.class);
        source.property("slug").keywordField().aggregable(Aggregable.YES);
        source.property("name").fullTextField().analyzer(EnglishAnalysis.ENGLISH);
    }

    /** Index field names, in one place for the mapping and the queries. */
    public static final class Fields {
        public static final String TITLE = "title";
        public static final String SUMMARY = "summary";
        public static final String BODY = "body";
        public static final String PUBLISHED = "publishedAt";
        public static final String MONTH = "month";
        public static final String SOURCE_SLUG = "source.slug";
        public static final String SOURCE_NAME = "source.name";

        private Fields() {
        }
    }
}
