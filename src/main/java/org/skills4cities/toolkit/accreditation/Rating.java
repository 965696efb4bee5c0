package org.skills4cities.toolkit.accreditation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An assessor's judgement of one criterion. */
public enum Rating {
    MET,
    PARTLY,
    NOT_MET;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Rating> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
