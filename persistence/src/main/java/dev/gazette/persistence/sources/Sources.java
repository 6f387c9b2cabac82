package dev.gazette.persistence.sources;

import dev.gazette.domain.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The outlets Gazette knows. */
@ApplicationScoped
public class Sources {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected Sources() {
    }

    public Sources(EntityManager em) {
        this.em = em;
    }

    public List<Source> all() {
        return em.createNamedQuery(Source.ALL, Source.class).getResultList();
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
            return source;
        });
    }

    @Transactional
    public Source add(Source source) {
        em.persist(source);
        return source;
    }
}
