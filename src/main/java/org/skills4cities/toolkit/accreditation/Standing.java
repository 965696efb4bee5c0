package org.skills4cities.toolkit.accreditation;

/**
 * Who a person is to an application: its applicant (a training-provider admin of the organisation, or the trainer
 * themselves), the assessor who took it, another assessor of the chosen certification body, or nobody. An applicant
 * who is also an assessor of the body is only the applicant.
 */
public enum Standing {
    APPLICANT,
    ASSIGNED_ASSESSOR,
    BODY_ASSESSOR,
    NONE;

    public boolean assessor() {
        return this == ASSIGNED_ASSESSOR || this == BODY_ASSESSOR;
    }
}
