package dev.gazette.web.errors;

/** What a reader is told for each HTTP error: a heading and a sentence, never a stack trace. */
public record Problems(int status, String heading, String message) {

    /** Request attribute: a message for this request's error, more precise than the status's own. */
    public static final String MESSAGE = Problems.class.getName() + ".message";

    public static Problems of(int status) {
        return switch (status) {
            case 400 -> new Problems(400, "That request could not be understood",
                    "Something in the address or the form was not in a form Gazette can read.");
            case 401 -> new Problems(401, "Please log in", "This part of Gazette is for its editors.");
            case 403 -> new Problems(403, "Not allowed", "You may not do this, or the form had expired. Please go back and try again.");
            case 404 -> new Problems(404, "Page not found",
                    "There is no page at this address. The article may have moved, or the link may be mistyped.");
            case 405 -> new Problems(405, "Not possible here", "This page cannot be used that way.");
            case 409 -> new Problems(409, "Changed meanwhile", "Someone changed this at the same moment. Please reload the page and try again.");
            case 410 -> new Problems(410, "Article withdrawn",
                    "This article has been withdrawn by the editors and is no longer available.");
            case 413 -> new Problems(413, "Upload too large", "The upload is larger than Gazette accepts at once. Please send fewer or smaller files.");
            case 429 -> new Problems(429, "Too many attempts", "Please wait a few minutes and try again.");
            case 415 -> new Problems(415, "Unsupported content", "Gazette cannot read what was sent in this form.");
            default -> status >= 500
                    ? new Problems(status, "Something went wrong",
                    "Gazette could not show this page because of an error on our side. It has been logged; please try again in a moment.")
                    : new Problems(status, "That did not work", "Gazette could not complete this request.");
        };
    }
}
