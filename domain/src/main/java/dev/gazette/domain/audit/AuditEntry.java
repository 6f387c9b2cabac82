package dev.gazette.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One action in the audit log: who (a user name), from where (the client address), what, on what (an article's
 * slug, a source's slug, a user name, an upload's name) and a short detail. Entries are never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_TARGET = 400;
    public static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "address", length = 100, updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Column(name = "target", nullable = false, length = MAX_TARGET, updatable = false)
    private String target;

    @Column(name = "detail", length = MAX_DETAIL, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String address, AuditAction action, String target, String detail) {
        this.happenedAt = Instant.now();
        this.actor = cut(Objects.requireNonNull(actor, "An audit entry needs an actor"), 100);
        this.address = address == null ? null : cut(address, 100);
        this.action = Objects.requireNonNull(action, "An audit entry needs an action");
        this.target = cut(Objects.requireNonNull(target, "An audit entry needs a target"), MAX_TARGET);
        this.detail = detail == null || detail.isBlank() ? null : cut(detail, MAX_DETAIL);
    }

    /** Names come from users and uploads: a long one is shortened, never refused, so that the action is logged. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public String actor() {
        return actor;
    }

    public String address() {
        return address;
    }

    public AuditAction action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }
}
