package org.skills4cities.toolkit.credential;

/** The result of one check of a verification. */
public enum CheckResult {
    PASSED,
    WARNING,
    FAILED,
    NOT_CHECKED
}
