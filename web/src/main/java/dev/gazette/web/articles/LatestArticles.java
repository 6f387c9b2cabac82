package dev.gazette.web.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.search.ArticleSearch;
import dev.gazette.persistence.search.SearchRequest;
import dev.gazette.persistence.search.SearchIndex;
import dev.gazette.persistence.search.SearchResult;
import dev.gazette.persistence.sources.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The newest published articles, of every source or one, for the front page, a source's page and their feeds: read
 * from the search index (which holds exactly the published articles) newest first, then loaded in one query. The
 * same list from the database sorted a hundred thousand rows on H2, whose planner would not walk the date index
 * for it: seconds per page, and the connection pool ran dry under load. While this node rebuilds the index (a new
 * index format, a move to a cluster) the index lacks articles: the list comes from the database then, complete.
 */
@ApplicationScoped
public class LatestArticles {

    @Inject
    ArticleSearch articleSearch;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    /** {@code sourceSlug}: null for every source. */
    public Page<Article> page(String sourceSlug, PageRequest page) {
        if (searchIndex.progress().running()) {
            return sourceSlug == null ? articles.latest(page)
                    : sources.bySlug(sourceSlug).map(source -> articles.bySource(source, page))
                    .orElseGet(() -> new Page<>(java.util.List.of(), 0, page.number(), page.size()));
        }
        SearchResult result = articleSearch.search(
                new SearchRequest("", sourceSlug, null, null, SearchRequest.Order.NEWEST, page));
        return result.hits().map(SearchResult.Hit::article);
    }
}
