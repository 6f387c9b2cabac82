package dev.gazette.persistence.figures;

import dev.gazette.domain.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The figures an editor looks at first: how many articles each source published per day lately, and which
 * sources have been silent. Counted by the database, a row per source and day, whatever the number of articles.
 */
@ApplicationScoped
public class NewsroomFigures {

    /** Published articles of one source on one (UTC) day. */
    public record DayCount(String source, LocalDate day, long count) {
    }

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected NewsroomFigures() {
    }

    public NewsroomFigures(EntityManager em) {
        this.em = em;
    }

    /** Articles per source and day from {@code since} (a UTC day) on, published ones only. */
    public List<DayCount> perDay(LocalDate since) {
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        return em.createQuery("select a.source.name, extract(date from a.publishedAt), count(a) from Article a"
                        + " where a.publishedAt >= :from and a.unpublishedAt is null"
                        + " group by a.source.name, extract(date from a.publishedAt)", Object[].class)
                .setParameter("from", from).getResultList().stream()
                .map(row -> new DayCount((String) row[0], (LocalDate) row[1], (Long) row[2])).toList();
    }

    /** Sources with no published article since {@code since}, by name, at most {@code max}. */
    public List<Source> silentSince(Instant since, int max) {
        return em.createQuery("select s from Source s where not exists (select a.id from Article a where a.source = s"
                        + " and a.publishedAt >= :since and a.unpublishedAt is null) order by lower(s.name)", Source.class)
                .setParameter("since", since).setMaxResults(max).getResultList();
    }

    public long countSilentSince(Instant since) {
        return em.createQuery("select count(s) from Source s where not exists (select a.id from Article a"
                        + " where a.source = s and a.publishedAt >= :since and a.unpublishedAt is null)", Long.class)
                .setParameter("since", since).getSingleResult();
    }
}
