package org.skills4cities.toolkit.credential;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * An Ed25519 key for Data Integrity proofs, or a P-256 key for VC-JWT, with the id verifiers resolve it by (the
 * proof's {@code verificationMethod}, the JWT's {@code kid}).
 */
public record SigningKey(String verificationMethod, PrivateKey privateKey, PublicKey publicKey) {

    /** The key pair under the given verification method id. */
    public static SigningKey of(String verificationMethod, KeyPair pair) {
        return new SigningKey(verificationMethod, pair.getPrivate(), pair.getPublic());
    }
}
