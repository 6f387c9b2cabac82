package dev.gazette.web.views;

/** Reading query parameters as people type them: a page number that is not a number is page 1, not an error. */
public final class Params {

    private Params() {
    }

    /** A day as a date field sends it (2026-12-01); anything else is no day, and the list is not narrowed by it. */
    public static java.time.LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            return null;
        }
    }

    /** {@code name=value&}, encoded, for the links of a pager; nothing for an empty value. */
    public static String query(String name, String value) {
        return value == null || value.isBlank() ? ""
                : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    public static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
