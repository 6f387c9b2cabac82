package dev.gazette.web.views;

import java.util.HashMap;
import java.util.Map;

/** A page to render: a template of WEB-INF/templates, the values it shows and the HTTP status to answer with. */
public record View(String template, Map<String, Object> model, int status) {

    public static View of(String template) {
        return new View(template, new HashMap<>(), 200);
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public View status(int newStatus) {
        return new View(template, model, newStatus);
    }
}
