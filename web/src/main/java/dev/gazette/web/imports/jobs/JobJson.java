package dev.gazette.web.imports.jobs;

import dev.gazette.domain.imports.ImportJob;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Locale;

/** A background import as the API shows it. */
public final class JobJson {

    private JobJson() {
    }

    public static JsonObject of(ImportJob job) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", job.id())
                .add("state", job.state().name().toLowerCase(Locale.ROOT)).add("total", job.total())
                .add("processed", job.processed()).add("accepted", job.accepted()).add("duplicates", job.duplicates())
                .add("rejected", job.rejected()).add("percent", job.percent());
        optional(json, "startedAt", job.startedAt());
        optional(json, "finishedAt", job.finishedAt());
        long left = job.secondsLeft(Instant.now());
        if (left >= 0) {
            json.add("secondsLeft", left);
        }
        if (job.message() != null) {
            json.add("message", job.message());
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Instant value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
