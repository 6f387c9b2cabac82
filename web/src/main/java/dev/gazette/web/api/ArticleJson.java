package dev.gazette.web.api;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.paging.Page;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;

/** The JSON shape of articles, written out field by field so it is the same on every server. */
final class ArticleJson {

    private ArticleJson() {
    }

    static JsonObject page(Page<Article> page, String baseUrl) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(article -> items.add(summary(article, baseUrl)));
        return Json.createObjectBuilder()
                .add("total", page.total())
                .add("page", page.number())
                .add("size", page.size())
                .add("items", items)
                .build();
    }

    static JsonObjectBuilder summary(Article article, String baseUrl) {
        return Json.createObjectBuilder()
                .add("slug", article.slug())
                .add("title", article.title())
                .add("source", article.source().name())
                .add("publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedLocally().toOffsetDateTime()))
                .add("abstract", article.summary())
                .add("url", baseUrl + "/articles/" + article.slug());
    }

    static JsonObject whole(Article article, String baseUrl) {
        JsonArrayBuilder paragraphs = Json.createArrayBuilder();
        article.paragraphs().forEach(paragraphs::add);
        return summary(article, baseUrl)
                .add("sourceSlug", article.source().slug())
                .add("body", paragraphs)
                .build();
    }
}
