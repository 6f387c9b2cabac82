package dev.gazette.persistence.sources;

import dev.gazette.domain.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** The outlets Gazette knows. */
@ApplicationScoped
public class Sources {

    static final Duration NAMES_KEPT = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    private record Names(Map<String, String> bySlug, Instant read) {
    }

    private volatile Names names;

    protected Sources() {
    }

    public Sources(EntityManager em) {
        this.em = em;
    }

    public List<Source> all() {
        return em.createNamedQuery(Source.ALL, Source.class).getResultList();
    }

    /**
     * The name of every source by its slug, in the order of {@link #all()}. Every search asks for them (its facets
     * show names) and reading them was a tenth of a search's own thread over a large index, so they are kept for
     * a few seconds. Sources are never renamed; one added here is seen at once, one added by another node of a
     * cluster within {@link #NAMES_KEPT}.
     */
    public Map<String, String> names() {
        Names kept = names;
        if (kept == null || kept.read().plus(NAMES_KEPT).isBefore(Instant.now())) {
            Map<String, String> read = new LinkedHashMap<>();
            all().forEach(source -> read.putIfAbsent(source.slug(), source.name()));
            kept = new Names(Collections.unmodifiableMap(read), Instant.now());
            names = kept;
        }
        return kept.bySlug();
    }

    public Optional<Source> bySlug(String slug) {
        return em.createNamedQuery(Source.BY_SLUG, Source.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<Source> byName(String name) {
        return em.createNamedQuery(Source.BY_NAME, Source.class).setParameter("name", name.strip())
                .getResultStream().findFirst();
    }

    /** The source of that name, created with the given time zone if Gazette does not know it yet. */
    @Transactional
    public Source named(String name, ZoneId zoneIfNew) {
        return byName(name).or(() -> bySlug(new Source(name).slug())).orElseGet(() -> {
            Source source = new Source(name, zoneIfNew);
            em.persist(source);
            names = null;
            return source;
        });
    }

    @Transactional
    public Source add(Source source) {
        em.persist(source);
        names = null;
        return source;
    }
}
