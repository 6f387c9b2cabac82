package dev.gazette.web.imports.formats;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Publication times of CSV and JSON rows: ISO-8601, with an offset ({@code 2025-02-13T02:10:00+01:00}, {@code Z}) or
 * without one (then local time of the source), with a T or a space, seconds optional.
 */
final class Timestamps {

    /** A time with its offset, or a local time: exactly one is set. */
    record When(Instant instant, LocalDateTime local) {
    }

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .toFormatter().withResolverStyle(java.time.format.ResolverStyle.STRICT
            ).withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private Timestamps() {
    }

    static When parse(String text) throws DateTimeParseException {
        String value = text.strip().replace(' ', 'T');
        try {
            return new When(OffsetDateTime.parse(value).toInstant(), null);
        } catch (DateTimeParseException noOffset) {
            return new When(null, LocalDateTime.parse(value, LOCAL));
        }
    }

    static String hint() {
        return "an ISO-8601 time such as 2025-02-13T02:10:00+01:00, or 2025-02-13 02:10 in the source's time zone";
    }
}
