package dev.gazette.web.imports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What became of each file of one upload: imported, already there, or refused and why. */
public final class ImportReport implements Serializable {

    // Json.createObjectBuilder() looks the provider up through the class loader on every call: costly per item.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final long serialVersionUID = 1L;

    /**
     * One item's fate: {@code source}, {@code slug} and {@code title} for imported items and duplicates,
     * {@code reason} and {@code line} for refused ones.
     */
    public record Entry(String file, String source, String slug, String title, String reason, int line) implements Serializable {
    }

    private final String source;
    private final List<Entry> accepted = new ArrayList<>();
    private final List<Entry> duplicates = new ArrayList<>();
    private final List<Entry> rejected = new ArrayList<>();

    public ImportReport(String source) {
        this.source = source;
    }

    void accepted(String file, String source, String slug, String title) {
        accepted.add(new Entry(file, source, slug, title, null, 0));
    }

    void duplicate(String file, String source, String slug, String title) {
        duplicates.add(new Entry(file, source, slug, title, null, 0));
    }

    void rejected(String file, String reason, int line) {
        rejected.add(new Entry(file, null, null, null, reason, line));
    }

    public String source() {
        return source;
    }

    public List<Entry> accepted() {
        return accepted;
    }

    public List<Entry> duplicates() {
        return duplicates;
    }

    public List<Entry> rejected() {
        return rejected;
    }

    public int total() {
        return accepted.size() + duplicates.size() + rejected.size();
    }

    public JsonObject toJson(String baseUrl) {
        JsonArrayBuilder ok = JSON.createArrayBuilder();
        accepted.forEach(e -> ok.add(JSON.createObjectBuilder().add("file", e.file()).add("slug", e.slug())
                .add("url", baseUrl + "/articles/" + e.slug()).add("source", e.source())));
        JsonArrayBuilder again = JSON.createArrayBuilder();
        duplicates.forEach(e -> again.add(JSON.createObjectBuilder().add("file", e.file()).add("slug", e.slug())
                .add("url", baseUrl + "/articles/" + e.slug()).add("source", e.source())));
        JsonArrayBuilder refused = JSON.createArrayBuilder();
        rejected.forEach(e -> refused.add(JSON.createObjectBuilder().add("file", e.file())
                .add("reason", e.line() > 0 ? "line " + e.line() + ": " + e.reason() : e.reason())
                .add("line", e.line())));
        return JSON.createObjectBuilder().add("source", source == null ? "" : source).add("accepted", ok).add("duplicates", again)
                .add("rejected", refused).build();
    }
}
