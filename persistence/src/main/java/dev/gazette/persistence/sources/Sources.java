package dev.gazette.persistence.sources;

import dev.gazette.domain.sources.Source;
import dev.gazette.domain.sources.SourceAlias;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
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
import java.util.Locale;
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
     * a few seconds. One added or renamed here is seen at once, one added by another node of a
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

    /** The source that had this slug before a rename. */
    public Optional<Source> byFormerSlug(String slug) {
        return em.createNamedQuery(SourceAlias.SOURCE_OF, Source.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Sources whose name contains the words, by name, a page at a time: the admin's list and the type-ahead. */
    public Page<Source> named(String words, PageRequest page) {
        String pattern = words == null || words.isBlank() ? "%" : "%" + words.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Source> items = em.createNamedQuery(Source.NAMED_LIKE, Source.class).setParameter("pattern", pattern)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Source.COUNT_NAMED_LIKE, Long.class).setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(items, total, page.number(), page.size());
    }

    /**
     * Applies an admin's edit. A new name gives the source a new slug; the old one is kept as an alias so that its
     * links still lead here. A name (or the slug made from it) of another source is refused.
     */
    @Transactional
    public SourceChange change(String slug, SourceEdit edit) {
        Optional<Source> found = bySlug(slug);
        if (found.isEmpty()) {
            return new SourceChange.Missing();
        }
        Source source = found.get();
        String oldSlug = source.slug();
        boolean renamed = !source.name().equals(edit.name().strip());
        if (renamed) {
            Optional<Source> other = byName(edit.name()).or(() -> bySlug(new Source(edit.name()).slug()))
                    .filter(existing -> !existing.equals(source));
            if (other.isPresent()) {
                return new SourceChange.NameTaken(other.get().name());
            }
            source.rename(edit.name());
            if (!oldSlug.equals(source.slug())) {
                SourceAlias taken = em.find(SourceAlias.class, source.slug());
                if (taken != null) {
                    em.remove(taken); // the source's own slug wins over an old address, its own or another's
                    em.flush();
                }
                em.persist(new SourceAlias(oldSlug, source));
            }
        }
        source.describe(edit.homepage(), edit.description());
        source.moveTo(edit.zone());
        em.flush();
        names = null;
        return new SourceChange.Saved(source, renamed);
    }

    /** Deletes a source without articles (the caller checks), and its old addresses. */
    @Transactional
    public Optional<Source> delete(String slug) {
        Optional<Source> found = bySlug(slug);
        found.ifPresent(source -> {
            em.createNamedQuery(SourceAlias.OF_SOURCE).setParameter("source", source).executeUpdate();
            em.remove(source);
            names = null;
        });
        return found;
    }
}
