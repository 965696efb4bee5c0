package org.skills4cities.toolkit.search;

/** A search request that cannot be run as asked; {@code reason} picks the message, {@code parameter} names the input. */
public class InvalidSearch extends RuntimeException {

    private final String reason;
    private final String parameter;

    public InvalidSearch(String reason, String parameter) {
        super("Invalid search (" + reason + "): " + parameter);
        this.reason = reason;
        this.parameter = parameter;
    }

    public String reason() {
        return reason;
    }

    public String parameter() {
        return parameter;
    }
}
