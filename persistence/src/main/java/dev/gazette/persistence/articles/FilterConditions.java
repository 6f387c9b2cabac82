package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.Article_;
import dev.gazette.domain.sources.Source;
import dev.gazette.domain.sources.Source_;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An {@link ArticleFilter} as the conditions of a criteria query, for the page of articles and for its count. */
final class FilterConditions {

    private FilterConditions() {
    }

    static Predicate[] of(CriteriaBuilder cb, Root<Article> article, ArticleFilter filter) {
        List<Predicate> all = new ArrayList<>();
        if (filter.keywords() != null) {
            for (String word : filter.keywords().toLowerCase(Locale.ROOT).split("\\s+")) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(
                        cb.like(cb.lower(article.get(Article_.title)), pattern, '\\'),
                        cb.like(cb.lower(article.get(Article_.summary)), pattern, '\\'),
                        cb.like(cb.lower(article.get(Article_.body)), pattern, '\\')));
            }
        }
        if (filter.source() != null) {
            Join<Article, Source> source = article.join(Article_.source);
            all.add(cb.equal(source.get(Source_.slug), filter.source()));
        }
        if (filter.from() != null) {
            all.add(cb.greaterThanOrEqualTo(article.get(Article_.publishedAt),
                    filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            all.add(cb.lessThan(article.get(Article_.publishedAt),
                    filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return all.toArray(Predicate[]::new);
    }
}
