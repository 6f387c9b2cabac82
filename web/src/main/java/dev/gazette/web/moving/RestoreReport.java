package dev.gazette.web.moving;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** What became of a restore: sources made or found, articles restored, already there, or refused and why. */
public final class RestoreReport {

    private int sourcesCreated;
    private int sourcesExisting;
    private long restored;
    private long duplicates;
    private final JsonArrayBuilder rejected = Json.createArrayBuilder();
    private long rejectedCount;

    void sourceCreated() {
        sourcesCreated++;
    }

    void sourceExisting() {
        sourcesExisting++;
    }

    void restored() {
        restored++;
    }

    void duplicate() {
        duplicates++;
    }

    /** Every refusal is counted; the first thousand are listed, enough to see what went wrong. */
    void rejected(String item, String reason) {
        if (rejectedCount++ < 1_000) {
            rejected.add(Json.createObjectBuilder().add("item", item).add("reason", reason));
        }
    }

    public long restoredCount() {
        return restored;
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("sources", Json.createObjectBuilder().add("created", sourcesCreated).add("existing", sourcesExisting))
                .add("restored", restored).add("duplicates", duplicates).add("rejectedCount", rejectedCount)
                .add("rejected", rejected).build();
    }
}
