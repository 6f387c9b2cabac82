package dev.gazette.web.imports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What became of each item of one upload, in upload order: imported, already there, probably there, replacing a
 * probable duplicate, or refused and why. A dry run's report says what would become of each, nothing stored.
 */
public final class ImportReport implements Serializable {

    // Json.createObjectBuilder() looks the provider up through the class loader on every call: costly per item.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final long serialVersionUID = 2L;

    public enum Status { IMPORTED, DUPLICATE, PROBABLE_DUPLICATE, REPLACED, REJECTED }

    /**
     * One item's fate. {@code slug}: the article imported, or the one stored already (duplicates, replaced ones);
     * null for items a dry run would import. {@code reason} and {@code line} say why an item was refused or
     * taken for a probable duplicate. The rest is what the preview shows of the item.
     */
    public record Entry(String file, Status status, String source, String slug, String title, String publishedAt,
                        String summary, String firstParagraph, String reason, int line) implements Serializable {

        public boolean isProbable() {
            return status == Status.PROBABLE_DUPLICATE;
        }
    }

    private final String source;
    private final boolean dryRun;
    private final List<Entry> entries = new ArrayList<>();

    public ImportReport(String source, boolean dryRun) {
        this.source = source;
        this.dryRun = dryRun;
    }

    public void add(Entry entry) {
        entries.add(entry);
    }

    public void rejected(String file, String reason, int line) {
        entries.add(new Entry(file, Status.REJECTED, null, null, null, null, null, null, reason, line));
    }

    public String source() {
        return source;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> with(Status status) {
        return entries.stream().filter(entry -> entry.status() == status).toList();
    }

    public List<Entry> accepted() {
        return with(Status.IMPORTED);
    }

    public List<Entry> duplicates() {
        return with(Status.DUPLICATE);
    }

    public List<Entry> probableDuplicates() {
        return with(Status.PROBABLE_DUPLICATE);
    }

    public List<Entry> replaced() {
        return with(Status.REPLACED);
    }

    public List<Entry> rejected() {
        return with(Status.REJECTED);
    }

    public int total() {
        return entries.size();
    }

    public JsonObject toJson(String baseUrl) {
        JsonArrayBuilder accepted = JSON.createArrayBuilder();
        JsonArrayBuilder duplicates = JSON.createArrayBuilder();
        JsonArrayBuilder probable = JSON.createArrayBuilder();
        JsonArrayBuilder replaced = JSON.createArrayBuilder();
        JsonArrayBuilder rejected = JSON.createArrayBuilder();
        for (Entry e : entries) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("file", e.file());
            if (e.slug() != null) {
                item.add("slug", e.slug()).add("url", baseUrl + "/articles/" + e.slug());
            }
            if (e.source() != null) {
                item.add("source", e.source());
            }
            if (e.title() != null && e.slug() == null) {
                item.add("title", e.title());
            }
            switch (e.status()) {
                case IMPORTED -> accepted.add(item);
                case DUPLICATE -> duplicates.add(item);
                case PROBABLE_DUPLICATE -> probable.add(item.add("reason", e.reason()));
                case REPLACED -> replaced.add(item);
                case REJECTED -> rejected.add(item.add("reason", e.line() > 0 ? "line " + e.line() + ": " + e.reason()
                        : e.reason()).add("line", e.line()));
            }
        }
        return JSON.createObjectBuilder().add("source", source == null ? "" : source).add("dryRun", dryRun)
                .add("accepted", accepted).add("duplicates", duplicates).add("probableDuplicates", probable)
                .add("replaced", replaced).add("rejected", rejected).build();
    }
}
