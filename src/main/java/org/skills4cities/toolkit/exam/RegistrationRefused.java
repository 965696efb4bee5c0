package org.skills4cities.toolkit.exam;

import java.util.List;

/**
 * A registration or check-in the rules do not allow, with the reason as a message key {@code exam.refused.<code>} and
 * its arguments: the session is full or has started, the candidate is registered already, has no account, has sat
 * the role's exam as often as the retake rule allows, or must wait until a date.
 */
public class RegistrationRefused extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public RegistrationRefused(String code, Object... arguments) {
        super("Registration refused: " + code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return "exam.refused." + code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
