package org.skills4cities.toolkit.credential;

import java.util.List;
import java.util.Optional;

/**
 * Finds the public key of a verification method offline: first the platform's resolvers (its own published keys),
 * then what the id itself carries, a {@code did:key} or a Multikey fragment ({@code …#z6Mk…}), which names a key
 * but says nothing of who published it ({@code issuerKnown} false).
 */
final class Keys {

    private final List<KeyResolver> resolvers;

    Keys(List<KeyResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    Optional<ResolvedKey> resolve(String verificationMethod) {
        for (KeyResolver resolver : resolvers) {
            Optional<ResolvedKey> key = resolver.resolve(verificationMethod);
            if (key.isPresent()) {
                return key;
            }
        }
        return named(verificationMethod);
    }

    /** The key a {@code did:key} or a Multikey fragment carries in itself. */
    static Optional<ResolvedKey> named(String verificationMethod) {
        String multikey;
        if (verificationMethod.startsWith("did:key:")) {
            int hash = verificationMethod.indexOf('#');
            multikey = verificationMethod.substring("did:key:".length(), hash < 0 ? verificationMethod.length() : hash);
        } else {
            int hash = verificationMethod.lastIndexOf('#');
            multikey = hash < 0 ? "" : verificationMethod.substring(hash + 1);
        }
        if (!multikey.startsWith("z6Mk")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResolvedKey(Multikey.decode(multikey), false));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
