package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.StoryKeys;
import dev.gazette.domain.sources.Source;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges articles about to be imported against what is stored, reading only: exact duplicates (source, title,
 * instant), and probable ones: the same source and title key within {@link #WINDOW}, or the same body anywhere.
 * A few queries per call, whatever the number of articles.
 */
final class StoryLookup {

    /** A story told again under a slightly different title within this long is probably the same story. */
    static final Duration WINDOW = Duration.ofHours(48);

    /** An article to judge: its title, instant and body as they would be stored. */
    record Candidate(String title, Instant publishedAt, String body) {
    }

    private record Stored(String slug, String titleKey, Instant publishedAt) {
    }

    private final EntityManager em;

    StoryLookup(EntityManager em) {
        this.em = em;
    }

    List<Verdict> judge(Source source, List<Candidate> candidates) {
        Map<String, String> exact = new HashMap<>();
        Map<String, List<Stored>> byTitleKey = new HashMap<>();
        Map<String, String> byBody = new HashMap<>();
        if (source != null && source.id() != null) {
            for (List<String> titles : InLists.of(candidates.stream().map(Candidate::title).distinct().toList())) {
                em.createQuery("select a.slug, a.title, a.publishedAt from Article a where a.source = :source"
                                + " and a.title in :titles", Object[].class)
                        .setParameter("source", source).setParameter("titles", titles).getResultList()
                        .forEach(row -> exact.put(row[1] + "\n" + row[2], (String) row[0]));
            }
            List<String> keys = candidates.stream().map(c -> StoryKeys.titleKey(c.title())).distinct().toList();
            for (List<String> part : InLists.of(keys)) {
                em.createQuery("select a.slug, a.keys.titleKey, a.publishedAt from Article a where a.source = :source"
                                + " and a.keys.titleKey in :keys", Object[].class)
                        .setParameter("source", source).setParameter("keys", part).getResultList()
                        .forEach(row -> byTitleKey.computeIfAbsent((String) row[1], k -> new ArrayList<>())
                                .add(new Stored((String) row[0], (String) row[1], (Instant) row[2])));
            }
        }
        List<String> hashes = candidates.stream().map(c -> StoryKeys.bodyHash(c.body())).filter(h -> h != null)
                .distinct().toList();
        for (List<String> part : InLists.of(hashes)) {
            em.createQuery("select a.slug, a.keys.bodyHash from Article a where a.keys.bodyHash in :hashes", Object[].class)
                    .setParameter("hashes", part).getResultList()
                    .forEach(row -> byBody.putIfAbsent((String) row[1], (String) row[0]));
        }
        List<Verdict> verdicts = new ArrayList<>(candidates.size());
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            String story = candidate.title() + "\n" + candidate.publishedAt();
            verdicts.add(exact.containsKey(story) ? new Verdict(Verdict.Kind.DUPLICATE, exact.get(story), null)
                    : !seen.add(story) ? new Verdict(Verdict.Kind.DUPLICATE, null, "The same story is earlier in this upload")
                    : probable(candidate, byTitleKey, byBody));
        }
        return verdicts;
    }

    private static Verdict probable(Candidate candidate, Map<String, List<Stored>> byTitleKey, Map<String, String> byBody) {
        for (Stored stored : byTitleKey.getOrDefault(StoryKeys.titleKey(candidate.title()), List.of())) {
            if (Duration.between(stored.publishedAt(), candidate.publishedAt()).abs().compareTo(WINDOW) <= 0) {
                return new Verdict(Verdict.Kind.PROBABLE_DUPLICATE, stored.slug(),
                        "The same source has an article of almost the same title within 48 hours");
            }
        }
        String hash = StoryKeys.bodyHash(candidate.body());
        String sameBody = hash == null ? null : byBody.get(hash);
        if (sameBody != null) {
            return new Verdict(Verdict.Kind.PROBABLE_DUPLICATE, sameBody, "An article with the same body text is stored");
        }
        return Verdict.fresh();
    }
}
