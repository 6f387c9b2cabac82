package dev.gazette.web.api;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.search.SearchResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The JSON shape of articles, written out field by field so it is the same on every server. */
public final class ArticleJson {

    // Json.createObjectBuilder() looks the provider up through the class loader on every call: costly per item.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ArticleJson() {
    }

    /** A search answer: the page of hits with their highlights, the facets and a spelling suggestion. */
    static JsonObject search(SearchResult result, Map<String, String> sourceNames, String baseUrl) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (SearchResult.Hit hit : result.hits().items()) {
            JsonObjectBuilder highlights = JSON.createObjectBuilder();
            if (hit.title() != null) {
                highlights.add("title", hit.title());
            }
            if (hit.snippet() != null) {
                highlights.add("snippet", hit.snippet());
            }
            items.add(summary(hit.article(), baseUrl).add("highlights", highlights));
        }
        JsonArrayBuilder sources = JSON.createArrayBuilder();
        result.sources().forEach(facet -> sources.add(JSON.createObjectBuilder().add("value", facet.value())
                .add("label", sourceNames.getOrDefault(facet.value(), facet.value())).add("count", facet.count())));
        JsonArrayBuilder months = JSON.createArrayBuilder();
        result.months().forEach(facet -> months.add(JSON.createObjectBuilder().add("value", facet.value())
                .add("count", facet.count())));
        JsonObjectBuilder answer = JSON.createObjectBuilder()
                .add("total", result.hits().total())
                .add("page", result.hits().number())
                .add("size", result.hits().size())
                .add("items", items)
                .add("facets", JSON.createObjectBuilder().add("source", sources).add("month", months));
        if (result.suggestion() != null) {
            answer.add("suggestion", result.suggestion());
        }
        return answer.build();
    }

    static JsonObjectBuilder summary(Article article, String baseUrl) {
        return JSON.createObjectBuilder()
                .add("slug", article.slug())
                .add("title", article.title())
                .add("source", article.source().name())
                .add("publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedLocally().toOffsetDateTime()))
                .add("abstract", article.summary())
                .add("url", baseUrl + "/articles/" + article.slug());
    }

    public static JsonObject whole(Article article, String baseUrl) {
        JsonArrayBuilder paragraphs = JSON.createArrayBuilder();
        article.paragraphs().forEach(paragraphs::add);
        return summary(article, baseUrl)
                .add("sourceSlug", article.source().slug())
                .add("body", paragraphs)
                .build();
    }
}
