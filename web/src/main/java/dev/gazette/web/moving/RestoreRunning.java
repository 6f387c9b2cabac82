package dev.gazette.web.moving;

/** A restore was asked for while another one runs: one at a time, or two would race for the same addresses. */
public final class RestoreRunning extends Exception {

    private static final long serialVersionUID = 1L;

    RestoreRunning() {
        super("Another restore is running; try again when it has finished.");
    }
}
