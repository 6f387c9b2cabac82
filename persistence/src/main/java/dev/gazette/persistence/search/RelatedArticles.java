package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

/**
 * The articles most like one, for "Related articles" under it: by the words of its title, abstract and first
 * paragraphs that are rare in the index (three of them at least, and a word of its title in the other's title: words
 * of the bodies alone, "season", "deep", related a telescope to a snowfall) (Lucene's MoreLikeThis, or the search cluster's {@code more_like_this} on the
 * same text and settings), published within {@link #WINDOW} of it, other sources before its own. Callers keep the
 * list with the page they show it on (see the web layer's ReaderPages), dropped at the next change of the site.
 */
@ApplicationScoped
public class RelatedArticles {

    public static final int MAX = 5;
    /** News is related to news of its days: a month apart, shared words are more often a coincidence. */
    static final Duration WINDOW = Duration.ofDays(14);
    /** Rare words shared, at least: one or two in common ("council", "harbour") make no relation. */
    static final int MIN_SHARED_WORDS = 3;
    static final int MAX_QUERY_WORDS = 25;
    /** The title counts as much as the rest; more text than this adds little but time. */
    private static final int TEXT_LENGTH = 2_000;

    @PersistenceUnit(unitName = "gazette")
    EntityManagerFactory factory;

    private EntityManager fixed;

    protected RelatedArticles() {
    }

    /** For tests outside a server. */
    public RelatedArticles(EntityManager em) {
        this.fixed = em;
    }

    public List<Article> of(Article article) {
        if (fixed != null) {
            return of(fixed, article);
        }
        try (EntityManager reading = factory.createEntityManager()) {
            return of(reading, article);
        }
    }

    private List<Article> of(EntityManager em, Article article) {
        String text = likeText(article);
        Instant from = article.publishedAt().minus(WINDOW);
        Instant to = article.publishedAt().plus(WINDOW);
        int wanted = MAX * 2 + 1;
        var mapping = Search.mapping(em.getEntityManagerFactory());
        List<Long> ids = mapping.backend() instanceof LuceneBackend
                ? LuceneRelated.find(mapping, article.title(), text, from, to, wanted)
                : ClusterRelated.find(Search.session(em), article.title(), text, from, to, wanted);
        Map<Long, Article> byId = new HashMap<>();
        List<Long> others = ids.stream().filter(id -> !id.equals(article.id())).toList();
        if (!others.isEmpty()) {
            em.createNamedQuery(Article.WITH_SOURCES, Article.class).setParameter("ids", others).getResultList()
                    .forEach(found -> byId.put(found.id(), found));
        }
        List<Article> ranked = new ArrayList<>(others.stream().map(byId::get).filter(Objects::nonNull)
                .filter(Article::isPublished).toList());
        // Stable: within each group, the order of similarity stays.
        ranked.sort(Comparator.comparing((Article found) -> found.source().id().equals(article.source().id())));
        return List.copyOf(ranked.subList(0, Math.min(MAX, ranked.size())));
    }

    static String likeText(Article article) {
        StringBuilder text = new StringBuilder(article.title()).append("\n").append(article.summary());
        for (String paragraph : article.paragraphs()) {
            if (text.length() >= TEXT_LENGTH) {
                break;
            }
            text.append("\n").append(paragraph);
        }
        return text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text.toString();
    }
}
