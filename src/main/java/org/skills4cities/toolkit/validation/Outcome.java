package org.skills4cities.toolkit.validation;

import java.util.Locale;

/** How a case ended; a case without an outcome is open. */
public enum Outcome {
    /** The candidate withdrew the case. */
    WITHDRAWN,
    /** The assessors decided that the claims are not validated. */
    NOT_VALIDATED,
    /** Validated and the exam passed: the certification body may issue the certificate. */
    READY_FOR_CERTIFICATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
