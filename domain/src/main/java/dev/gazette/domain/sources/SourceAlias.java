package dev.gazette.domain.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A slug a source had before it was renamed: its old address, which redirects to the new one. */
@Entity
@Table(name = "source_alias")
@NamedQuery(name = SourceAlias.OF_SOURCE, query = "delete from SourceAlias a where a.source = :source")
@NamedQuery(name = SourceAlias.SOURCE_OF, query = "select a.source from SourceAlias a where a.slug = :slug")
public class SourceAlias {

    public static final String OF_SOURCE = "SourceAlias.ofSource";
    public static final String SOURCE_OF = "SourceAlias.sourceOf";

    @Id
    @Column(name = "slug", length = 100)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    protected SourceAlias() {
    }

    public SourceAlias(String slug, Source source) {
        this.slug = Objects.requireNonNull(slug);
        this.source = Objects.requireNonNull(source);
    }

    public String slug() {
        return slug;
    }

    public Source source() {
        return source;
    }
}
