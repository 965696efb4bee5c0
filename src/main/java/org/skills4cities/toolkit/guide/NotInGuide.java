package org.skills4cities.toolkit.guide;

/** An address or a filter named a group or topic the guide does not have; {@code parameter} says which of the two. */
public class NotInGuide extends RuntimeException {

    private final String parameter;
    private final String value;

    NotInGuide(String parameter, String value) {
        super("The guide has no " + parameter + " '" + value + "'");
        this.parameter = parameter;
        this.value = value;
    }

    /** {@code group} or {@code topic}. */
    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
