package org.skills4cities.toolkit.account;

/**
 * A password the policy does not accept; {@code reason} is {@code tooShort}, {@code tooLong} or {@code common}
 * (message {@code password.rejected.<reason>}).
 */
public class PasswordRejected extends RuntimeException {

    private final String reason;

    public PasswordRejected(String reason) {
        super("Password rejected: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
