package dev.gazette.domain.sources;

import dev.gazette.domain.articles.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** An outlet that publishes articles. Its time zone is how the zone-less timestamps of its article files are read. */
@Entity
@Table(name = "source")
@NamedQuery(name = Source.BY_SLUG, query = "select s from Source s where s.slug = :slug")
@NamedQuery(name = Source.BY_NAME, query = "select s from Source s where lower(s.name) = lower(:name)")
@NamedQuery(name = Source.ALL, query = "select s from Source s order by lower(s.name)")
@NamedQuery(name = Source.NAMED_LIKE,
        query = "select s from Source s where lower(s.name) like :pattern escape '\\' order by lower(s.name)")
@NamedQuery(name = Source.COUNT_NAMED_LIKE,
        query = "select count(s) from Source s where lower(s.name) like :pattern escape '\\'")
public class Source {

    public static final String BY_SLUG = "Source.bySlug";
    public static final String BY_NAME = "Source.byName";
    public static final String ALL = "Source.all";
    public static final String NAMED_LIKE = "Source.namedLike";
    public static final String COUNT_NAMED_LIKE = "Source.countNamedLike";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "A source needs a name")
    @Size(max = 100, message = "A source name can be at most 100 characters long")
    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(name = "slug", nullable = false, unique = true, length = 100)
    private String slug;

    @Size(max = 500, message = "A homepage address can be at most 500 characters long")
    @Pattern(regexp = "https?://\\S+", message = "A homepage must be a web address starting with http:// or https://")
    @Column(name = "homepage", length = 500)
    private String homepage;

    @Size(max = 1000, message = "A description can be at most 1000 characters long")
    @Column(name = "description", length = 1000)
    private String description;

    @NotNull
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Source() {
    }

    public Source(String name, ZoneId zone) {
        Objects.requireNonNull(name, "A source needs a name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A source needs a name");
        }
        this.name = name.strip();
        this.slug = Slugs.of(this.name);
        this.timeZone = (zone == null ? DEFAULT_ZONE : zone).getId();
        this.createdAt = Instant.now();
    }

    public Source(String name) {
        this(name, DEFAULT_ZONE);
    }

    /**
     * A new name, and the slug made from it: the source's address changes, and its old one is kept as a
     * {@link SourceAlias} by whoever renames it, so that links to it still lead here.
     */
    public void rename(String newName) {
        Objects.requireNonNull(newName, "A source needs a name");
        if (newName.isBlank()) {
            throw new IllegalArgumentException("A source needs a name");
        }
        this.name = newName.strip();
        this.slug = Slugs.of(this.name);
    }

    /** How zone-less times of later imports are read; articles already here keep their instants. */
    public void moveTo(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone, "A source needs a time zone").getId();
    }

    /** Homepage and description are optional; blank values clear them. */
    public Source describe(String homepage, String description) {
        this.homepage = blankToNull(homepage);
        this.description = blankToNull(description);
        return this;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String homepage() {
        return homepage;
    }

    public String description() {
        return description;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Source that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Source[" + name + "]";
    }
}
