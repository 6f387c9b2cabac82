package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Gives articles stored before migration V6 their probable-duplicate keys, a part at a time, in the background
 * after the start: until it is done, probable duplicates of those older articles are not recognised.
 */
@ApplicationScoped
public class ArticleKeys {

    static final int PART = 500;

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected ArticleKeys() {
    }

    public ArticleKeys(EntityManager em) {
        this.em = em;
    }

    /** Fills the keys of up to {@link #PART} articles; returns how many it filled (0: none left). */
    @Transactional
    public int fillSome() {
        List<Article> missing = em.createNamedQuery(Article.WITHOUT_KEYS, Article.class).setMaxResults(PART).getResultList();
        missing.forEach(Article::refreshKeys);
        return missing.size();
    }
}
