package org.skills4cities.toolkit.accreditation;

import java.util.List;

/**
 * A step refused, and why: {@code reason} is the end of the message key {@code accreditation.refused.<reason>},
 * with its arguments. Nothing of the step was done.
 */
public class Refused extends RuntimeException {

    private final String reason;
    private final List<Object> arguments;

    public Refused(String reason, Object... arguments) {
        super("Accreditation step refused: " + reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return "accreditation.refused." + reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
