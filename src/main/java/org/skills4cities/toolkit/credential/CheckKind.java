package org.skills4cities.toolkit.credential;

/** The checks of a verification, in the order they are shown; a verification always has all five. */
public enum CheckKind {
    FORMAT,
    SIGNATURE,
    STATUS,
    DATES,
    ISSUER
}
