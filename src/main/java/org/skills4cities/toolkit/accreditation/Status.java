package org.skills4cities.toolkit.accreditation;

import java.util.Locale;

/**
 * Where an application is: written by the applicant (draft, or returned with a request for more), waiting for an
 * assessor (submitted), under review, or decided (accredited or refused).
 */
public enum Status {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    ACCREDITED,
    REFUSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean decided() {
        return this == ACCREDITED || this == REFUSED;
    }

    public static Status ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
