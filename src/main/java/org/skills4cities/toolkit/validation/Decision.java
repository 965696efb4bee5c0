package org.skills4cities.toolkit.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The assessors' decision on a case's claims. */
public enum Decision {
    VALIDATED,
    NOT_VALIDATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Decision> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
