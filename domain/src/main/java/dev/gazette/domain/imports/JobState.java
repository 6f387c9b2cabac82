package dev.gazette.domain.imports;

/** Where a background import stands. Stored by name. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED,
    /** The server stopped while it ran: what landed is counted, and starting it again imports the rest. */
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
