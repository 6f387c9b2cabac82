package dev.gazette.web.views;

/** Reading query parameters as readers type them: a page number that is not a number is page 1, not an error. */
public final class Params {

    private Params() {
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
