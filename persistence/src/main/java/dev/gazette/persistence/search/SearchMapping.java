package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.sources.Source;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How articles are indexed, kept here rather than as annotations so that the domain stays free of search concerns.
 * The title, and title, abstract and body together, are English text; the source and the publication time are
 * exact values to filter, sort and count by.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "article";

    /**
     * The format of the index documents. Raise it with any change of fields or analysis: at start, documents of
     * another format count as missing and the index is rebuilt (see SearchIndex).
     */
    public static final int FORMAT = 3;

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep article = mapping.type(Article.class);
        // Only published articles are in the index: withdrawing one deletes its document, republishing adds it again.
        article.indexed().index(INDEX).routingBinder(new PublishedOnly());
        // Indexed, not stored: results are loaded from the database, snippets made from them (see Snippets).
        article.property("title").fullTextField(Fields.TITLE).analyzer(EnglishAnalysis.ENGLISH);
        // Title, abstract and body as one field: a word is one list of articles to walk, not three to merge, which
        // is most of the cost of a search over many articles. The title alone, above, serves "title:".
        article.binder(new WholeText());
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

    /** Routes a published article to the index and keeps a withdrawn one out of it. */
    static final class PublishedOnly implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("unpublishedAt");
            context.bridge(Article.class, new RoutingBridge<Article>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Article article, RoutingBridgeRouteContext route) {
                    if (article.isPublished()) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Article article, RoutingBridgeRouteContext route) {
                    routes.addRoute(); // one index without shards: wherever the document was, it is this route
                }
            });
        }
    }

    /** Index field names, in one place for the mapping and the queries. */
    public static final class Fields {
        public static final String TITLE = "title";
        /** Title, abstract and body together. */
        public static final String TEXT = "text";
        /** The {@link SearchMapping#FORMAT} a document was written in. */
        public static final String FORMAT = "format";
        public static final String PUBLISHED = "publishedAt";
        public static final String MONTH = "month";
        public static final String SOURCE_SLUG = "source.slug";
        public static final String SOURCE_NAME = "source.name";

        private Fields() {
        }
    }

    /**
     * Writes title, abstract and body into {@link Fields#TEXT}, as separate values so that no phrase spans two, and
     * the document's {@link Fields#FORMAT}. The title goes in {@link #TITLE_COPIES} times: a word of the title then
     * scores as if said that often, and one field ranks title matches first. Scoring the title field as well, word
     * by word, made Lucene walk two lists per word and was half the time of ranking a page over a million articles.
     */
    static final class WholeText implements TypeBinder {

        /**
         * How often the title is in the text. BM25 saturates (three mentions do not score three times one): a word of
         * the title scores about 1.6 times a single mention in the body, so title matches come first.
         */
        static final int TITLE_COPIES = 3;

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("title").use("summary").use("body");
            IndexFieldReference<String> text = context.indexSchemaElement()
                    .field(Fields.TEXT, f -> f.asString().analyzer(EnglishAnalysis.ENGLISH))
                    .multiValued().toReference();
            IndexFieldReference<Integer> format = context.indexSchemaElement()
                    .field(Fields.FORMAT, f -> f.asInteger()).toReference();
            context.bridge(Article.class, (document, article, writing) -> {
                document.addValue(format, FORMAT);
                for (int copy = 0; copy < TITLE_COPIES; copy++) {
                    document.addValue(text, article.title());
                }
                document.addValue(text, article.summary());
                document.addValue(text, article.body());
            });
        }
    }
}
