package org.skills4cities.toolkit.credential;

/** What a credential is checked as: input to issuance (the issuer may be absent) or a credential to verify. */
public enum Mode {
    ISSUANCE_INPUT,
    VERIFICATION
}
