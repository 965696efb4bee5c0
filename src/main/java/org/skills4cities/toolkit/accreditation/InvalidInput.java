package org.skills4cities.toolkit.accreditation;

import java.util.List;

/**
 * A value of a form or request that cannot be taken: which field ({@code accreditation.field.<field>}), why
 * ({@code accreditation.invalid.<reason>}) and the HTTP status that says it (400, or 413 and 415 for files).
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;
    private final int status;
    private final List<Object> arguments;

    public InvalidInput(String field, String reason, Object... arguments) {
        this(400, field, reason, arguments);
    }

    InvalidInput(int status, String field, String reason, Object... arguments) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.status = status;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "accreditation.invalid." + reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
