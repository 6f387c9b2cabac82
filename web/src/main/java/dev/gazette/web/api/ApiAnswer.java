package dev.gazette.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;

/** The API's answers to requests it refuses, as JSON with a message a person can act on, and its body reading. */
public final class ApiAnswer {

    /** Largest JSON body an admin call takes: an article's million characters and some. */
    static final int MAX_BODY = 4 * 1024 * 1024;

    private ApiAnswer() {
    }

    public static Response problem(int status, String message) {
        return problem(status, message, Map.of());
    }

    /** {@code fields}: a message per field of the request. */
    public static Response problem(int status, String message, Map<String, String> fields) {
        JsonObjectBuilder errors = Json.createObjectBuilder();
        fields.forEach(errors::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status)
                .add("error", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("message", message);
        if (!fields.isEmpty()) {
            body.add("fields", errors);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build()).build();
    }

    /** The request body as a JSON object, or a 400 saying what is wrong with it. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new WebApplicationException(problem(400, "Send a JSON object in the request body."));
        }
        if (body.length() > MAX_BODY) {
            throw new WebApplicationException(problem(413, "The request body is larger than " + MAX_BODY / 1024 / 1024 + " MB."));
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new WebApplicationException(problem(400, "The request body must be a JSON object, not "
                        + value.getValueType().name().toLowerCase() + "."));
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new WebApplicationException(problem(400, "The request body is not valid JSON: "
                    + String.valueOf(malformed.getMessage()).lines().findFirst().orElse("")));
        }
    }

    /** A string member, null when absent or null; a 400 when of another type. */
    public static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new WebApplicationException(problem(400, "“" + name + "” must be a string."));
        }
        return object.getString(name);
    }

    public static Boolean bool(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new WebApplicationException(problem(400, "“" + name + "” must be true or false."));
        }
        return value == JsonValue.TRUE;
    }
}
