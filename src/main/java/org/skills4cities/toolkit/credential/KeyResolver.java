package org.skills4cities.toolkit.credential;

import java.util.Optional;

/** Resolves a verification method id or JWT {@code kid} to a public key, offline; empty when it does not know it. */
public interface KeyResolver {

    Optional<ResolvedKey> resolve(String verificationMethod);

    /**
     * Whether this resolver publishes the keys of the given issuer id. A credential that names such an issuer but is
     * signed by any other key (a {@code did:key}, a Multikey fragment) is then INVALID, not a mere warning: nobody
     * may speak for an issuer known here with a key of their own. False unless overridden.
     */
    default boolean knowsIssuer(String issuerId) {
        return false;
    }
}
