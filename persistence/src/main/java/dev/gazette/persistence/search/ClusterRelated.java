package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;
import static dev.gazette.persistence.search.SearchMapping.Fields.TITLE;

import dev.gazette.domain.articles.Article;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * {@link RelatedArticles} on a search cluster: its {@code more_like_this} query on the same text, field and settings
 * as Lucene's MoreLikeThis on the embedded index, through Hibernate Search's Elasticsearch extension.
 */
final class ClusterRelated {

    private ClusterRelated() {
    }

    static List<Long> find(SearchSession session, String title, String text, Instant from, Instant to, int wanted) {
        JsonObject shared = moreLikeThis(TEXT, text, RelatedArticles.MIN_SHARED_WORDS);
        JsonObject sharedInTitle = moreLikeThis(TITLE, title, 1);
        return session.search(Article.class).extension(ElasticsearchExtension.get())
                .select(f -> f.id(Long.class))
                .where(f -> f.bool()
                        .must(f.fromJson(shared))
                        .must(f.fromJson(sharedInTitle))
                        .filter(f.range().field(PUBLISHED).between(from, to)))
                .fetchHits(wanted);
    }

    private static JsonObject moreLikeThis(String field, String text, int minimum) {
        // Gson, which Hibernate Search's cluster backend brings and takes: it escapes the text as JSON needs.
        JsonObject settings = new JsonObject();
        JsonArray fields = new JsonArray();
        fields.add(field);
        settings.add("fields", fields);
        settings.addProperty("like", text);
        settings.addProperty("min_term_freq", 1);
        settings.addProperty("min_doc_freq", 2);
        settings.addProperty("max_query_terms", RelatedArticles.MAX_QUERY_WORDS);
        settings.addProperty("minimum_should_match", String.valueOf(minimum));
        JsonObject moreLikeThis = new JsonObject();
        moreLikeThis.add("more_like_this", settings);
        return moreLikeThis;
    }
}
