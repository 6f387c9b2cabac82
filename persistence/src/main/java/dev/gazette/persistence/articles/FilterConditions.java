package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.Article_;
import dev.gazette.domain.sources.Source;
import dev.gazette.domain.sources.Source_;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reader's {@link ArticleFilter} or an editor's {@link EditorFilter} as the conditions of a criteria query, for the
 * page of articles and for its count. Readers only ever see published articles.
 */
final class FilterConditions {

    private FilterConditions() {
    }

    static Predicate[] of(CriteriaBuilder cb, Root<Article> article, ArticleFilter filter) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.isNull(article.get(Article_.unpublishedAt)));
        if (filter.keywords() != null) {
            for (String word : words(filter.keywords())) {
                String pattern = pattern(word);
                all.add(cb.or(
                        cb.like(cb.lower(article.get(Article_.title)), pattern, '\\'),
                        cb.like(cb.lower(article.get(Article_.summary)), pattern, '\\'),
                        cb.like(cb.lower(article.get(Article_.body)), pattern, '\\')));
            }
        }
        sourceAndDays(cb, article, filter.source(), filter.from(), filter.to(), all);
        return all.toArray(Predicate[]::new);
    }

    static Predicate[] of(CriteriaBuilder cb, Root<Article> article, EditorFilter filter) {
        List<Predicate> all = new ArrayList<>();
        Path<?> unpublished = article.get(Article_.unpublishedAt);
        switch (filter.state()) {
            case PUBLISHED -> all.add(cb.isNull(unpublished));
            case UNPUBLISHED -> all.add(cb.isNotNull(unpublished));
            case ANY -> { }
        }
        if (filter.title() != null) {
            for (String word : words(filter.title())) {
                all.add(cb.like(cb.lower(article.get(Article_.title)), pattern(word), '\\'));
            }
        }
        sourceAndDays(cb, article, filter.source(), filter.from(), filter.to(), all);
        return all.toArray(Predicate[]::new);
    }

    private static void sourceAndDays(CriteriaBuilder cb, Root<Article> article, String sourceSlug,
                                      LocalDate from, LocalDate to, List<Predicate> all) {
        if (sourceSlug != null) {
            Join<Article, Source> source = article.join(Article_.source);
            all.add(cb.equal(source.get(Source_.slug), sourceSlug));
        }
        if (from != null) {
            all.add(cb.greaterThanOrEqualTo(article.get(Article_.publishedAt), from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (to != null) {
            all.add(cb.lessThan(article.get(Article_.publishedAt), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).split("\\s+");
    }

    /** The word anywhere, with LIKE's own characters taken literally. */
    private static String pattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
