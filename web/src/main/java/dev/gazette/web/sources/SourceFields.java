package dev.gazette.web.sources;

import dev.gazette.domain.sources.Source;

/** A source's fields as a form or an API call gives them, unchecked. */
public record SourceFields(String name, String homepage, String description, String timeZone) {

    public static SourceFields of(Source source) {
        return new SourceFields(source.name(), source.homepage(), source.description(), source.zone().getId());
    }
}
