package dev.gazette.web.security;

/** A wait in words a person reads at a glance: "40 seconds", "1 minute", "12 minutes". */
public final class Waiting {

    private Waiting() {
    }

    public static String of(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
