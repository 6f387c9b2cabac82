package dev.gazette.persistence.editions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * The edition readers see, as this node knows it. Reading the database on every page would cost a query per page;
 * instead a node reads it at most once a {@link #FRESH_FOR} (so a change made on another node shows here within that
 * time) and at once after a change committed here.
 */
@ApplicationScoped
public class Editions {

    public static final Duration FRESH_FOR = Duration.ofSeconds(1);

    @PersistenceUnit(unitName = "gazette")
    EntityManagerFactory factory;

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    private final Clock clock;
    /** Changes committed on this node: a read made before the latest one is stale. */
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Known known;

    private record Known(Edition edition, Instant readAt, long localChanges) {
    }

    protected Editions() {
        this.clock = Clock.systemUTC();
    }

    /** For tests outside a server. */
    public Editions(EntityManagerFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    /** Makes every write of an article or a source advance the edition; called once, at start. */
    public void watchWrites() {
        EditionListener listener = new EditionListener(localChanges::incrementAndGet);
        EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
        listeners.appendListeners(EventType.POST_DELETE, listener);
    }

    /**
     * A new edition for a change the database does not see: the search index caught up with one (a renamed source's
     * articles rewritten under its new slug). In a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance() {
        em.createNativeQuery(EditionListener.ADVANCE).setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
        localChanges.incrementAndGet();
    }

    public Edition current() {
        Known seen = known;
        if (isFresh(seen)) {
            return seen.edition();
        }
        synchronized (this) {
            // One read for all the threads that found it stale at once; and never back to an older edition than known.
            seen = known;
            if (isFresh(seen)) {
                return seen.edition();
            }
            Instant now = clock.instant();
            long changes = localChanges.get();
            Edition read = read();
            Edition edition = seen != null && seen.edition().number() > read.number() ? seen.edition() : read;
            known = new Known(edition, now, changes);
            return edition;
        }
    }

    private boolean isFresh(Known seen) {
        return seen != null && seen.localChanges() == localChanges.get()
                && clock.instant().isBefore(seen.readAt().plus(FRESH_FOR));
    }

    private Edition read() {
        try (EntityManager reading = factory.createEntityManager()) {
            Object[] row = (Object[]) reading.createNativeQuery("select number, changed_at from edition where id = 1")
                    .getSingleResult();
            return new Edition(((Number) row[0]).longValue(), instantOf(row[1]));
        }
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected type of edition.changed_at: " + value.getClass());
    }
}
