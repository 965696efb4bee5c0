package org.skills4cities.toolkit.credential;

/** The one status a verification reports. */
public enum Outcome {
    VALID,
    EXPIRED,
    NOT_YET_VALID,
    SUSPENDED,
    REVOKED,
    INVALID
}
