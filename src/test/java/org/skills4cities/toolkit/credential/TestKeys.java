package org.skills4cities.toolkit.credential;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Fresh keys for tests. */
final class TestKeys {

    private TestKeys() {}

    static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key named by its own {@code did:key}. */
    static SigningKey didKey() {
        KeyPair pair = ed25519();
        String did = Multikey.didKey(pair.getPublic());
        return SigningKey.of(did + "#" + did.substring("did:key:".length()), pair);
    }
}
