package dev.gazette.persistence.search;

/**
 * Every search test again on the query in Hibernate Search's DSL, which an Elasticsearch/OpenSearch backend runs:
 * the two must find, rank and count alike.
 */
class PortableArticleSearchTest extends ArticleSearchTest {

    @Override
    ArticleSearch engine() {
        return ArticleSearch.portable(em);
    }
}
