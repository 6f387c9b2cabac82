package dev.gazette.web.imports;

/** One uploaded file: its name as the admin's computer called it, and its bytes (unread when over the limit). */
public record Upload(String fileName, byte[] content, boolean tooLarge) implements java.io.Serializable {

    public static Upload of(String fileName, byte[] content) {
        return new Upload(fileName, content, false);
    }

    public static Upload oversized(String fileName) {
        return new Upload(fileName, new byte[0], true);
    }
}
