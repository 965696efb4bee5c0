package org.skills4cities.toolkit.validation;

import java.util.List;

/**
 * A step asked with a value that cannot be taken, such as a rating without a comment: which field, and why
 * ({@code reason}, the end of the message key {@code validation.invalid.<reason>}, with its arguments).
 */
public class InvalidRequest extends RuntimeException {

    private final String field;
    private final String reason;
    private final List<Object> arguments;

    public InvalidRequest(String field, String reason, Object... arguments) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return "validation.invalid." + reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
