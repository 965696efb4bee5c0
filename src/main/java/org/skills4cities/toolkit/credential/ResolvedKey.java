package org.skills4cities.toolkit.credential;

import java.security.PublicKey;

/**
 * A public key found for a verification method; {@code issuerKnown} when it is published by an issuer this platform
 * knows (its own keys), false when it was only read from the credential itself (a {@code did:key} or a Multikey
 * fragment).
 */
public record ResolvedKey(PublicKey key, boolean issuerKnown) {}
