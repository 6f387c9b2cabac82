package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.Slugs;
import dev.gazette.domain.articles.file.ArticleFile;
import dev.gazette.domain.sources.Source;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taking new articles in, inside the caller's transaction: each under a free slug, unless the same story (source,
 * title, publication instant) is stored already, or earlier in the same list.
 */
final class ArticleIntake {

    private final EntityManager em;

    ArticleIntake(EntityManager em) {
        this.em = em;
    }

    List<Outcome> store(Source source, List<ArticleFile> files) {
        // What is stored already, looked up for all the files at once: a few queries per upload, not two per article.
        Map<String, Outcome> stories = storedStories(source, files);
        Set<String> takenSlugs = takenSlugs(files.stream().map(file -> Slugs.of(file.title().strip())).distinct().toList());
        List<Outcome> outcomes = new ArrayList<>(files.size());
        for (ArticleFile file : files) {
            String title = file.title().strip();
            Instant publishedAt = file.publishedAt().atZone(source.zone()).toInstant();
            Outcome earlier = stories.get(story(title, publishedAt));
            if (earlier != null) {
                outcomes.add(earlier);
                continue;
            }
            Article article = new Article(source, freeSlug(Slugs.of(title), takenSlugs), title, publishedAt,
                    file.summary(), file.paragraphs());
            em.persist(article);
            takenSlugs.add(article.slug());
            stories.put(story(title, publishedAt), Outcome.duplicateOf(article.slug(), article.title()));
            outcomes.add(Outcome.published(article.slug(), article.title()));
        }
        return outcomes;
    }

    /**
     * Stores another portal's articles as they were there, slugs included. One whose story is here already is a
     * duplicate; one whose slug belongs to another story here is refused, never stored under another address.
     */
    List<Outcome> restore(List<Article> exported) {
        Set<String> stories = new HashSet<>();
        for (List<String> titles : InLists.of(exported.stream().map(Article::title).distinct().toList())) {
            em.createNamedQuery(Article.STORIES_TITLED, Object[].class).setParameter("titles", titles).getResultList()
                    .forEach(row -> stories.add(row[3] + "\n" + story((String) row[0], (Instant) row[1])));
        }
        Set<String> taken = takenSlugs(exported.stream().map(Article::slug).toList());
        List<Outcome> outcomes = new ArrayList<>(exported.size());
        for (Article article : exported) {
            if (!stories.add(article.source().id() + "\n" + story(article.title(), article.publishedAt()))) {
                outcomes.add(Outcome.duplicateOf(article.slug(), article.title()));
            } else if (!taken.add(article.slug())) {
                outcomes.add(Outcome.addressTaken(article.slug(), article.title()));
            } else {
                em.persist(article);
                outcomes.add(Outcome.published(article.slug(), article.title()));
            }
        }
        return outcomes;
    }

    private static String story(String title, Instant publishedAt) {
        return title + "\n" + publishedAt;
    }

    /** The stories of the source with one of the files' titles, as the duplicates they would be. */
    private Map<String, Outcome> storedStories(Source source, List<ArticleFile> files) {
        Map<String, Outcome> stories = new HashMap<>();
        for (List<String> titles : InLists.of(files.stream().map(file -> file.title().strip()).distinct().toList())) {
            for (Object[] row : em.createNamedQuery(Article.STORIES_TITLED, Object[].class)
                    .setParameter("titles", titles).getResultList()) {
                if (source.id().equals(row[3])) {
                    stories.put(story((String) row[0], (Instant) row[1]), Outcome.duplicateOf((String) row[2], (String) row[0]));
                }
            }
        }
        return stories;
    }

    /** Which of these slugs are taken. */
    private Set<String> takenSlugs(List<String> wanted) {
        Set<String> taken = new HashSet<>();
        for (List<String> slugs : InLists.of(wanted)) {
            taken.addAll(em.createNamedQuery(Article.SLUGS_TAKEN, String.class).setParameter("slugs", slugs).getResultList());
        }
        return taken;
    }

    /**
     * The slug itself if free, else the first free numbered variant, so that an article's address never changes.
     * {@code taken} holds whatever is known to be taken, the base slug included if it is.
     */
    private String freeSlug(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        Set<String> variants = new HashSet<>(em.createNamedQuery(Article.SLUGS_LIKE, String.class)
                .setParameter("prefix", base + "-%").getResultList());
        variants.addAll(taken);
        int n = 2;
        while (variants.contains(Slugs.numbered(base, n))) {
            n++;
        }
        return Slugs.numbered(base, n);
    }
}
