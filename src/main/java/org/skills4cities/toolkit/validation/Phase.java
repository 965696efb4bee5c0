package org.skills4cities.toolkit.validation;

import java.util.Locale;

/** The four phases of validation, in the order a case goes through them. */
public enum Phase {
    IDENTIFICATION,
    DOCUMENTATION,
    ASSESSMENT,
    CERTIFICATION;

    /** The phase's code in addresses, messages and the API, such as {@code documentation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
