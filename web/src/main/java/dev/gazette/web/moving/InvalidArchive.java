package dev.gazette.web.moving;

/** A file that is not a portal export at all; nothing of it was stored. */
public final class InvalidArchive extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidArchive(String message) {
        super(message);
    }
}
