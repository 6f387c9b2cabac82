package dev.gazette.web.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.stream.Collectors;

/** The messages of the validation that refused an entity, wherever in a failure's causes it is: they are for people. */
public final class Violations {

    private Violations() {
    }

    public static Optional<String> messagesOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                return Optional.of(invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                        .sorted().collect(Collectors.joining("; ")));
            }
        }
        return Optional.empty();
    }
}
