package dev.gazette.web.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.web.views.PublicAddress;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What an article page tells a sharing card (OpenGraph, Twitter) and a search engine (schema.org {@code NewsArticle}
 * as JSON-LD): its one canonical address, headline, description, dates and publisher.
 */
public record Sharing(String canonical, String description, String published, String modified, String sourceUrl,
                      String jsonLd) {

    /** Sharing cards show about two lines: a longer abstract is cut at a word. */
    static final int DESCRIPTION = 200;

    static Sharing of(Article article, HttpServletRequest request) {
        String site = PublicAddress.of(request);
        String canonical = site + "/articles/" + article.slug();
        String sourceUrl = site + "/sources/" + article.source().slug();
        String description = shortened(article.summary());
        String published = article.publishedAt().toString();
        String modified = article.updatedAt() == null ? published : article.updatedAt().toString();
        String jsonLd = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("mainEntityOfPage", canonical)
                .add("url", canonical)
                .add("headline", article.title().length() > 110 ? article.title().substring(0, 110) : article.title())
                .add("description", description)
                .add("datePublished", published)
                .add("dateModified", modified)
                .add("wordCount", Reading.of(article).words())
                .add("author", Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", article.source().name()).add("url", sourceUrl))
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", article.source().name()).add("url", sourceUrl))
                .build().toString()
                // Inside <script>, "</script>" in a title would end the element: JSON allows < written as \u003c.
                .replace("<", "\\u003c");
        return new Sharing(canonical, description, published, modified, sourceUrl, jsonLd);
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION - 1);
        return flat.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1) + "…";
    }
}
