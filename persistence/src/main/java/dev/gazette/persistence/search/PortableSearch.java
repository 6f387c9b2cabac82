package dev.gazette.persistence.search;

import static dev.gazette.persistence.search.SearchMapping.Fields.MONTH;
import static dev.gazette.persistence.search.SearchMapping.Fields.PUBLISHED;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_NAME;
import static dev.gazette.persistence.search.SearchMapping.Fields.SOURCE_SLUG;
import static dev.gazette.persistence.search.SearchMapping.Fields.TEXT;
import static dev.gazette.persistence.search.SearchMapping.Fields.TITLE;
import static dev.gazette.persistence.search.SearchResult.MAX_MONTHS;
import static dev.gazette.persistence.search.SearchResult.MAX_SOURCES;

import dev.gazette.domain.articles.Article;
import jakarta.persistence.EntityGraph;
import org.hibernate.graph.GraphSemantic;
import dev.gazette.persistence.search.ReaderQuery.Term;
import dev.gazette.persistence.search.SearchRequest.Order;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/**
 * The reader's search in Hibernate Search's DSL, which every backend runs: how Gazette searches an
 * Elasticsearch/OpenSearch cluster (the embedded index is searched by {@link LuceneSearch}). The tests run both on
 * the same newsroom, and on a real OpenSearch node, so that they find, rank and count alike.
 */
final class PortableSearch {

    private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("sources");
    private static final AggregationKey<Map<String, Long>> MONTHS = AggregationKey.of("months");
    /** The results a cluster lists at most, by default: from + size may not pass it. */
    static final int MAX_WINDOW = 10_000;

    private PortableSearch() {
    }

    /** The same search in Hibernate Search's DSL, which every backend runs, a search cluster included. */
    static ArticleSearch.Matches matches(SearchSession session, ReaderQuery query, SearchRequest request, Order order,
                             boolean tolerateTypos) {
        boolean sourceFiltered = request.filtersSource();
        boolean daysFiltered = request.filtersDays();

        // The hits' sources in the same query as the hits: a page shows them, and one query per source was an N+1.
        EntityGraph<Article> withSource = session.toEntityManager().createEntityGraph(Article.class);
        withSource.addAttributeNodes("source");
        var main = session.search(Article.class)
                .where(predicate(query, request, true, true, tolerateTypos))
                .loading(o -> o.graph(withSource, GraphSemantic.FETCH))
                .sort(f -> switch (order) {
                    case NEWEST -> f.field(PUBLISHED).desc();
                    case OLDEST -> f.field(PUBLISHED).asc();
                    case RELEVANCE -> f.score();
                });
        // Each facet counts under every other filter; without its own filter it is the main query's.
        if (!sourceFiltered) {
            main = main.aggregation(SOURCES, f -> f.terms().field(SOURCE_SLUG, String.class).maxTermCount(MAX_SOURCES));
        }
        if (!daysFiltered) {
            main = main.aggregation(MONTHS, f -> f.terms().field(MONTH, String.class, ValueModel.INDEX).orderByTermDescending().maxTermCount(MAX_MONTHS));
        }
        // A cluster lists no result past its window (index.max_result_window) and refuses a request past it: a page
        // beyond it is shown empty, one across it up to the window, with every match still counted.
        int offset = request.page().offset();
        SearchResult<Article> result = offset >= MAX_WINDOW
                ? main.fetch(0) : main.fetch(offset, Math.min(request.page().size(), MAX_WINDOW - offset));

        Map<String, Long> sources = sourceFiltered
                ? session.search(Article.class).where(predicate(query, request, false, true, tolerateTypos))
                .aggregation(SOURCES, f -> f.terms().field(SOURCE_SLUG, String.class).maxTermCount(MAX_SOURCES))
                .fetch(0).aggregation(SOURCES)
                : result.aggregation(SOURCES);
        Map<String, Long> months = daysFiltered
                ? session.search(Article.class).where(predicate(query, request, true, false, tolerateTypos))
                .aggregation(MONTHS, f -> f.terms().field(MONTH, String.class, ValueModel.INDEX).orderByTermDescending().maxTermCount(MAX_MONTHS))
                .fetch(0).aggregation(MONTHS)
                : result.aggregation(MONTHS);
        // A withdrawn article the cluster has not yet removed (its index follows the database with a delay) is left out.
        return new ArticleSearch.Matches(result.hits().stream().filter(Article::isPublished).toList(),
                result.total().hitCount(), sources, months);
    }

    /** How many articles a query finds, under the request's filters. */
    static long count(SearchSession session, ReaderQuery query, SearchRequest request) {
        return session.search(Article.class).where(predicate(query, request, true, true, true)).fetchTotalHitCount();
    }

    private static BiConsumer<SearchPredicateFactory, SimpleBooleanPredicateClausesCollector<?>> predicate(
            ReaderQuery query, SearchRequest request, boolean withSource, boolean withDays, boolean tolerateTypos) {
        return (f, root) -> {
            if (!query.hasPositiveTerms()) {
                root.add(f.matchAll());
            }
            for (List<Term> group : query.required()) {
                root.add(group.size() == 1 ? term(f, group.get(0), tolerateTypos)
                        : f.bool(b -> group.forEach(t -> b.should(term(f, t, tolerateTypos)))));
            }
            for (Term excluded : query.excluded()) {
                root.add(f.not(term(f, excluded, false)));
            }
            if (withSource && request.filtersSource()) {
                root.add(f.match().field(SOURCE_SLUG).matching(request.source()));
            }
            if (withDays && request.filtersDays()) {
                root.add(f.range().field(PUBLISHED).within(Range.between(request.firstInstant(), RangeBoundInclusion.INCLUDED,
                        request.endInstant(), RangeBoundInclusion.EXCLUDED)));
            }
        };
    }

    /**
     * One term: exact matches rank above near-misses, and the title counts most: a word or phrase by the copies of
     * the title in the text (see SearchMapping.WholeText), a prefix, which scores every word alike, by a title clause.
     */
    private static PredicateFinalStep term(SearchPredicateFactory f, Term term, boolean tolerateTypos) {
        String text = term.text();
        return switch (term.kind()) {
            case PHRASE -> switch (term.field()) {
                case TITLE -> f.phrase().field(TITLE).matching(text);
                case SOURCE -> f.phrase().field(SOURCE_NAME).matching(text);
                // The title's copies in the text (SearchMapping.WholeText.TITLE_COPIES) rank a phrase of the title first.
                case ANY -> f.phrase().field(TEXT).matching(text);
            };
            case PREFIX -> switch (term.field()) {
                case TITLE -> f.wildcard().field(TITLE).matching(text + "*");
                case SOURCE -> f.wildcard().field(SOURCE_NAME).matching(text + "*");
                case ANY -> titleFirst(f, f.wildcard().field(TEXT).matching(text + "*"),
                        f.wildcard().field(TITLE).matching(text + "*"));
            };
            case WORD -> word(f, term, tolerateTypos);
        };
    }

    /**
     * Found anywhere in the article; found in its title as well, ranked higher. For prefixes, which score every word
     * they stand for alike, so that the title's copies in the text do not count.
     */
    private static PredicateFinalStep titleFirst(SearchPredicateFactory f, PredicateFinalStep anywhere,
                                                 PredicateFinalStep inTitle) {
        return f.bool().must(anywhere).should(f.bool().must(inTitle).boost(3f));
    }

    private static PredicateFinalStep word(SearchPredicateFactory f, Term term, boolean tolerateTypos) {
        String text = term.text();
        if (term.field() == ReaderQuery.Field.SOURCE) {
            return f.bool(b -> b.should(f.match().field(SOURCE_NAME).matching(text))
                    .should(f.match().field(SOURCE_SLUG).matching(text.toLowerCase(Locale.ROOT))));
        }
        boolean titleOnly = term.field() == ReaderQuery.Field.TITLE;
        PredicateFinalStep exact = f.match().field(titleOnly ? TITLE : TEXT).matching(text);
        int edits = term.edits(tolerateTypos);
        if (edits == 0) {
            return exact;
        }
        PredicateFinalStep nearMiss = f.match().field(titleOnly ? TITLE : TEXT).matching(text).fuzzy(edits, 1);
        return f.bool(b -> b.should(f.bool().must(exact).boost(4f)).should(nearMiss));
    }

    /**
     * The same on a search cluster, which offers no walk of its dictionary: the word as typed if an article has it,
     * else the first word within one edit of the best article for it, else within two (title first, then the text).
     */
    static String nearest(SearchSession session, String word) {
        // A word the articles have, in any of its forms, is its own nearest: "negotiate" stays, though a title says
        // "negotiations".
        if (!session.search(Article.class).select(f -> f.id()).where(f -> f.match().field(TEXT).matching(word))
                .fetchHits(1).isEmpty()) {
            return word;
        }
        for (int edits = 1; edits <= 2; edits++) {
            int within = edits;
            String found = session.search(Article.class).where(f -> f.match().field(TITLE).matching(word).fuzzy(within, 0))
                    .fetchHits(1).stream().map(article -> Snippets.nearest(word, within, List.of(article.title())))
                    .filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> session.search(Article.class).where(f -> f.match().field(TEXT).matching(word).fuzzy(within, 0))
                            .fetchHits(1).stream().map(article -> Snippets.nearest(word, within,
                                    List.of(article.title(), article.summary(), article.body())))
                            .filter(Objects::nonNull).findFirst().orElse(null));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
