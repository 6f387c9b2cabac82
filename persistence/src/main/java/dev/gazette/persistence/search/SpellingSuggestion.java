package dev.gazette.persistence.search;

import dev.gazette.domain.articles.Article;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * "Did you mean": for a search that found nothing, the reader's query with each word replaced by the nearest word of
 * the articles, from the embedded index's dictionary ({@link LuceneSearch}) or, on a cluster, by fuzzy searches
 * ({@link PortableSearch}).
 */
final class SpellingSuggestion {

    private SpellingSuggestion() {
    }

    /**
     * When nothing matched: each word replaced by the nearest word of the articles (up to two letters off, the first
     * letter too), offered only if the corrected query finds something.
     */
    static String of(EntityManager em, Optional<LuceneSearch> engine, ReaderQuery query, SearchRequest request) {
        SearchSession session = Search.session(em);
        String corrected = request.q();
        boolean changed = false;
        for (String word : query.words()) {
            if (word.length() < 3) {
                continue;
            }
            String nearest = engine.isPresent() ? nearest(em, engine.get(), word) : PortableSearch.nearest(session, word);
            if (nearest != null && !nearest.equalsIgnoreCase(word) && !nearest.contains("&")) {
                corrected = corrected.replaceFirst("(?i)\\b" + Pattern.quote(word) + "\\b",
                        Matcher.quoteReplacement(nearest.toLowerCase(Locale.ROOT)));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        ReaderQuery better = ReaderQuery.parse(corrected);
        long found = engine.isPresent() ? engine.get().count(better, request, true)
                : PortableSearch.count(session, better, request);
        return found > 0 ? corrected : null;
    }

    /** The nearest indexed word, as an article that has it writes it (the index holds "coffe", a reader "coffee"). */
    private static String nearest(EntityManager em, LuceneSearch engine, String word) {
        return engine.nearest(word).map(near -> {
            if (near.indexed().equals(Snippets.analysed(word))) {
                return word; // in the index as typed: nothing to correct, no article to read
            }
            Article article = em.find(Article.class, near.articleId());
            return article == null ? null
                    : Snippets.writtenAs(near.indexed(), List.of(article.title(), article.summary(), article.body()));
        }).orElse(null);
    }
}
