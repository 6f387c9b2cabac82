package dev.gazette.persistence.audit;

import dev.gazette.domain.audit.AuditEntry;
import dev.gazette.domain.audit.AuditEntry_;
import dev.gazette.persistence.paging.Page;
import dev.gazette.persistence.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who did what. An entry joins the caller's transaction when there is one (an account change and its entry commit
 * together); otherwise it is written right after the change it records, and only for a change that was stored.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    protected AuditLog() {
    }

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    /** Entries matching the filter, newest first. */
    public Page<AuditEntry> entries(AuditFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(conditions(cb, entry, filter))
                .orderBy(cb.desc(entry.get(AuditEntry_.happenedAt)), cb.desc(entry.get(AuditEntry_.id)));
        List<AuditEntry> items = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, filter));
        return new Page<>(items, em.createQuery(count).getSingleResult(), page.number(), page.size());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> all = new ArrayList<>();
        if (filter.actor() != null) {
            all.add(cb.equal(entry.get(AuditEntry_.actor), filter.actor()));
        }
        if (filter.action() != null) {
            all.add(cb.equal(entry.get(AuditEntry_.action), filter.action()));
        }
        if (filter.target() != null) {
            String pattern = "%" + filter.target().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            all.add(cb.like(cb.lower(entry.get(AuditEntry_.target)), pattern, '\\'));
        }
        if (filter.from() != null) {
            all.add(cb.greaterThanOrEqualTo(entry.get(AuditEntry_.happenedAt), filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            all.add(cb.lessThan(entry.get(AuditEntry_.happenedAt), filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return all.toArray(Predicate[]::new);
    }
}
