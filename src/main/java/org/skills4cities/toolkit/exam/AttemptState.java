package org.skills4cities.toolkit.exam;

/** Where an attempt stands at a given instant, as its candidate and the body's assessors see it. */
public enum AttemptState {
    /** Registered; the check-in window has not opened yet. */
    REGISTERED,
    /** The check-in window is open and the candidate has not checked in. */
    CHECK_IN_OPEN,
    /** Checked in, the form drawn; the session has not started. */
    WAITING,
    /** The session is running: the candidate answers. */
    IN_PROGRESS,
    /** The session has ended; the attempt is scored (or about to be, within seconds). */
    CLOSED,
    /** The session has ended and the candidate never checked in. */
    ABSENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
