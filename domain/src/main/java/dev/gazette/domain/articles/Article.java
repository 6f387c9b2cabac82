package dev.gazette.domain.articles;

import dev.gazette.domain.sources.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A news article of one source. Its slug is its public address and never changes once given, so links keep working
 * when a title is corrected. Source, title and publication instant identify a story: importing it twice is a duplicate.
 */
@Entity
@Table(name = "article", uniqueConstraints = @UniqueConstraint(name = "uk_article_story",
        columnNames = {"title", "source_id", "published_at"}))
@NamedQuery(name = Article.BY_SLUG,
        query = "select a from Article a join fetch a.source where a.slug = :slug")
// By title alone, from the title's index (migration V4): with the source too, H2 chose the source's index and compared
// every article of the source with every title of an upload (half of an import at a million articles).
@NamedQuery(name = Article.STORIES_TITLED,
        query = "select a.title, a.publishedAt, a.slug, a.source.id from Article a where a.title in :titles")
@NamedQuery(name = Article.SLUGS_TAKEN, query = "select a.slug from Article a where a.slug in :slugs")
@NamedQuery(name = Article.SLUGS_LIKE, query = "select a.slug from Article a where a.slug like :prefix")
@NamedQuery(name = Article.COUNT, query = "select count(a) from Article a")
@NamedQuery(name = Article.COUNT_PUBLISHED, query = "select count(a) from Article a where a.unpublishedAt is null")
@NamedQuery(name = Article.WITH_SOURCES, query = "select a from Article a join fetch a.source where a.id in :ids")
@NamedQuery(name = Article.AFTER,
        query = "select a from Article a join fetch a.source where a.id > :after and a.id <= :last order by a.id")
@NamedQuery(name = Article.LAST_ID, query = "select coalesce(max(a.id), 0) from Article a")
@NamedQuery(name = Article.SAME_STORY, query = "select a.slug from Article a where a.title = :title"
        + " and a.source = :source and a.publishedAt = :publishedAt and a.id <> :id")
@NamedQuery(name = Article.WITHOUT_KEYS, query = "select a from Article a where a.keys.titleKey is null order by a.id")
@NamedQuery(name = Article.COUNT_OF_SOURCE, query = "select count(a) from Article a where a.source = :source")
public class Article {

    public static final String BY_SLUG = "Article.bySlug";
    public static final String STORIES_TITLED = "Article.storiesTitled";
    public static final String SLUGS_TAKEN = "Article.slugsTaken";
    public static final String SLUGS_LIKE = "Article.slugsLike";
    public static final String COUNT = "Article.count";
    public static final String COUNT_PUBLISHED = "Article.countPublished";
    public static final String WITH_SOURCES = "Article.withSources";
    public static final String AFTER = "Article.after";
    public static final String LAST_ID = "Article.lastId";
    public static final String SAME_STORY = "Article.sameStory";
    public static final String COUNT_OF_SOURCE = "Article.countOfSource";
    public static final String WITHOUT_KEYS = "Article.withoutKeys";

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_BODY = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "An article needs a title")
    @Size(max = MAX_TITLE, message = "A title can be at most 300 characters long")
    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH + 10)
    @Column(name = "slug", nullable = false, unique = true, length = 100, updatable = false)
    private String slug;

    @NotNull(message = "An article needs a publication date and time")
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @NotBlank(message = "An article needs an abstract")
    @Size(max = MAX_SUMMARY, message = "An abstract can be at most 4000 characters long")
    @Column(name = "summary", nullable = false, length = MAX_SUMMARY)
    private String summary;

    @NotBlank(message = "An article needs a body of at least one paragraph")
    @Size(max = MAX_BODY, message = "A body can be at most one million characters long")
    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @NotNull(message = "An article needs a source")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "unpublished_at")
    private Instant unpublishedAt;

    @Embedded
    private StoryKeys keys;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
    }

    public Article(Source source, String slug, String title, Instant publishedAt, String summary, List<String> paragraphs) {
        this.slug = Objects.requireNonNull(slug, "An article needs a slug");
        revise(source, title, publishedAt, summary, paragraphs);
    }

    private static String requireText(String value, String message) {
        if (Objects.requireNonNull(value, message).isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    /**
     * An editor's correction of any field but the slug: the address stays, so links keep working. Moving it to another
     * source or time can make it the same story as another article; the database's story key refuses that.
     */
    public void revise(Source newSource, String newTitle, Instant newPublishedAt, String newSummary, List<String> paragraphs) {
        this.source = Objects.requireNonNull(newSource, "An article needs a source");
        this.title = requireText(newTitle, "An article needs a title");
        this.publishedAt = Objects.requireNonNull(newPublishedAt, "An article needs a publication date and time");
        this.summary = requireText(newSummary, "An article needs an abstract");
        this.body = Paragraphs.join(paragraphs);
        refreshKeys();
    }

    /** Makes the probable-duplicate keys anew: for articles stored before there were any (see ArticleKeys). */
    public void refreshKeys() {
        this.keys = new StoryKeys(title, body);
    }

    public StoryKeys keys() {
        return keys;
    }

    /** Withdrawn from readers, search, feeds and the API; its address answers "gone" until it is republished. */
    public void unpublish(Instant now) {
        if (unpublishedAt == null) {
            unpublishedAt = Objects.requireNonNull(now);
        }
    }

    public void republish() {
        unpublishedAt = null;
    }

    public boolean isPublished() {
        return unpublishedAt == null;
    }

    /** When it was withdrawn; null while published. */
    public Instant unpublishedAt() {
        return unpublishedAt;
    }

    @PrePersist
    void stampCreation() {
        createdAt = updatedAt = Instant.now();
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The publication time as the source's readers saw it. */
    public ZonedDateTime publishedLocally() {
        return publishedAt.atZone(source.zone());
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public List<String> paragraphs() {
        return Paragraphs.split(body);
    }

    public Source source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Article that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Article[" + slug + "]";
    }
}
