package dev.gazette.persistence.articles;

import dev.gazette.domain.articles.Article;

/** What became of an editor's change of an article. */
public sealed interface Edit {

    /** Stored, and in the search index. */
    record Saved(Article article) implements Edit {
    }

    /** Someone else saved the article since the editor opened it: nothing stored; {@code current} is theirs. */
    record Stale(Article current) implements Edit {
    }

    /** Another article already is this story (same source, title and time): nothing stored. */
    record SameStory(String otherSlug) implements Edit {
    }

    /** No article at that address (deleted meanwhile). */
    record Missing() implements Edit {
    }
}
