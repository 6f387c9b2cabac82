package dev.gazette.web.imports.formats;

import dev.gazette.domain.articles.file.ArticleFile;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON: an array of objects with the CSV's fields; {@code body} a string (paragraphs separated by blank lines) or
 * an array of paragraphs. Each object is an item named {@code list.json#n}, n counting from 1.
 */
final class JsonFormat {

    private JsonFormat() {
    }

    static List<ImportItem> read(String name, byte[] content) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(Utf8.decode(content)))) {
            value = reader.readValue();
        } catch (Utf8.NotUtf8 notText) {
            return List.of(ImportItem.rejected(name, notText.getMessage(), 0));
        } catch (JsonException | IllegalStateException malformed) {
            return List.of(ImportItem.rejected(name, "The file is not valid JSON: "
                    + String.valueOf(malformed.getMessage()).lines().findFirst().orElse(""), 0));
        }
        if (!(value instanceof JsonArray array)) {
            return List.of(ImportItem.rejected(name, "A JSON import is an array of articles, [{\"source\": …, \"title\": …,"
                    + " \"published_at\": …, \"abstract\": …, \"body\": …}, …]; this file holds "
                    + value.getValueType().name().toLowerCase() + " instead", 0));
        }
        if (array.isEmpty()) {
            return List.of(ImportItem.rejected(name, "The JSON array holds no articles", 0));
        }
        List<ImportItem> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String item = name + "#" + (i + 1);
            if (!(array.get(i) instanceof JsonObject object)) {
                items.add(ImportItem.rejected(item, "Each element must be an object with the article's fields", 0));
                continue;
            }
            try {
                items.add(Fields.item(item, 0, string(object, "source"), string(object, "title"),
                        string(object, "published_at"), string(object, "abstract"), body(object.get("body"))));
            } catch (WrongType wrong) {
                items.add(ImportItem.rejected(item, wrong.getMessage(), 0));
            }
        }
        return items;
    }

    private static final class WrongType extends Exception {
        WrongType(String message) {
            super(message);
        }
    }

    private static String string(JsonObject object, String field) throws WrongType {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new WrongType("“" + field + "” must be a string, not " + value.getValueType().name().toLowerCase());
    }

    private static List<String> body(JsonValue body) throws WrongType {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (body instanceof JsonString text) {
            return ArticleFile.paragraphsOf(text.getString());
        }
        if (body instanceof JsonArray paragraphs) {
            List<String> all = new ArrayList<>();
            for (JsonValue paragraph : paragraphs) {
                if (!(paragraph instanceof JsonString text)) {
                    throw new WrongType("“body” must be a string or an array of strings");
                }
                all.add(text.getString());
            }
            return all;
        }
        throw new WrongType("“body” must be a string or an array of strings, not " + body.getValueType().name().toLowerCase());
    }
}
