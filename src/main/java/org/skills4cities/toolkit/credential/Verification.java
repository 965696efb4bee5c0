package org.skills4cities.toolkit.credential;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the verifier found: one outcome, the five checks in {@link CheckKind} order, and the summary of the credential
 * as it claims itself (null when it could not be read; for an {@link Outcome#INVALID} credential the summary is
 * unverified and should not be shown as fact).
 */
public record Verification(
        Outcome outcome, List<Check> checks, @Nullable CredentialSummary summary) {

    public Verification {
        checks = List.copyOf(checks);
    }

    /** The check of the given kind. */
    public Check check(CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
