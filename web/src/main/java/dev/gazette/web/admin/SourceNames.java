package dev.gazette.web.admin;

import dev.gazette.domain.sources.Source;
import dev.gazette.persistence.sources.Sources;

/**
 * A source as an editor types it in a type-ahead field: the name of a source Gazette knows (in any case), its slug,
 * or the name of a new one, which storing the article creates.
 */
public final class SourceNames {

    private SourceNames() {
    }

    public static String resolve(Sources sources, String typed) {
        return sources.byName(typed).or(() -> sources.bySlug(typed)).map(Source::name).orElse(typed.strip());
    }
}
