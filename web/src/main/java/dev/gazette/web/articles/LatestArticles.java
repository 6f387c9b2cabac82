package dev.gazette.web.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.search.SearchRequest;
import dev.gazette.persistence.search.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The newest published articles, of every source or one, for the front page, a source's page and their feeds: read
 * from the search index (which holds exactly the published articles) newest first, then loaded in one query. The
 * same list from the database sorted a hundred thousand rows on H2, whose planner would not walk the date index
 * for it: seconds per page, and the connection pool ran dry under load.
 */
@ApplicationScoped
public class LatestArticles {

    @Inject
    ArticleSearch articleSearch;

    /** {@code sourceSlug}: null for every source. */
    public Page<Article> page(String sourceSlug, PageRequest page) {
        SearchResult result = articleSearch.search(
                new SearchRequest("", sourceSlug, null, null, SearchRequest.Order.NEWEST, page));
        return result.hits().map(SearchResult.Hit::article);
    }
}
