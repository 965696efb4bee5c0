package org.skills4cities.toolkit.certification;

import java.util.List;

/**
 * A step on a certificate that was not taken, and why ({@code reason}, the end of the message key
 * {@code certificate.refused.<reason>}, with its arguments); {@code field} names the value at fault when there is one.
 * Nothing of the step was done.
 */
public class CertificateRefused extends RuntimeException {

    private final String field;
    private final String reason;
    private final List<Object> arguments;

    public CertificateRefused(String field, String reason, Object... arguments) {
        super("Refused (" + field + "): " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return "certificate.refused." + reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
