package org.skills4cities.toolkit.credential;

import java.util.Optional;

/** Resolves a verification method id or JWT {@code kid} to a public key, offline; empty when it does not know it. */
public interface KeyResolver {

    Optional<ResolvedKey> resolve(String verificationMethod);
}
