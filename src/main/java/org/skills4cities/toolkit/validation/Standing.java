package org.skills4cities.toolkit.validation;

/**
 * Who a person is to a case: its candidate, an assessor of its certification body (assigned to it or not), or
 * nobody, to whom the case does not exist. {@code SYSTEM} is the platform itself, recording an exam result.
 */
public enum Standing {
    CANDIDATE,
    ASSIGNED_ASSESSOR,
    BODY_ASSESSOR,
    SYSTEM,
    NONE;

    /** Whether this person may see the case's evidence (the files among it too). */
    public boolean seesEvidence() {
        return this == CANDIDATE || this == ASSIGNED_ASSESSOR;
    }
}
