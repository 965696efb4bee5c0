package org.skills4cities.toolkit.certification;

import java.security.KeyPair;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One generation of the platform's issuer keys: Ed25519 for Data Integrity proofs, P-256 for VC-JWT. */
record IssuerKey(
        int generation,
        KeyPair ed25519,
        KeyPair p256,
        Instant createdAt,
        @Nullable Instant retiredAt) {

    String ed25519Id(String did) {
        return did + "#ed25519-" + generation;
    }

    String p256Id(String did) {
        return did + "#p256-" + generation;
    }
}
