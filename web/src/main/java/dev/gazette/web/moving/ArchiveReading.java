package dev.gazette.web.moving;

import dev.gazette.web.errors.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.input.BoundedInputStream;

/** How a restore reads an archive's entries (bounded, as CSV) and words what it refuses. */
final class ArchiveReading {

    private static final Logger LOG = Logger.getLogger(ArchiveReading.class.getName());

    private ArchiveReading() {
    }

    /** Validation messages are for people; anything else is logged and summarised. */
    static String explain(RuntimeException failure) {
        Optional<String> invalid = Violations.messagesOf(failure);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof DateTimeException) {
                return cause.getMessage();
            }
        }
        LOG.log(Level.WARNING, "Could not restore an item of an archive", failure);
        return "the database refused it (see the server log)";
    }

    /**
     * The stream, failing with {@link TooLarge} once more than {@code limit} bytes were read, whatever size the archive
     * claims for the entry: a small entry that inflates to gigabytes stops at the limit.
     */
    static InputStream bounded(InputStream in, long limit) throws IOException {
        return BoundedInputStream.builder().setInputStream(in).setMaxCount(limit + 1).setPropagateClose(true)
                .setOnMaxCount((max, count) -> {
                    throw new TooLarge();
                }).get();
    }

    static CSVFormat csv() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("An entry of the archive is larger than its limit");
        }
    }
}
