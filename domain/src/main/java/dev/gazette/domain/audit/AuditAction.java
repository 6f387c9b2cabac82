package dev.gazette.domain.audit;

/** What someone did. Stored by name: renaming a constant needs a migration. */
public enum AuditAction {
    ARTICLE_CREATED,
    ARTICLE_EDITED,
    ARTICLE_UNPUBLISHED,
    ARTICLE_REPUBLISHED,
    ARTICLE_DELETED,
    IMPORTED,
    RESTORED,
    SOURCE_CREATED,
    SOURCE_EDITED,
    SOURCE_DELETED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    LOGIN_FAILED,
    LOGIN_BLOCKED;

    /** As people read it: ARTICLE_EDITED is "article edited". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
