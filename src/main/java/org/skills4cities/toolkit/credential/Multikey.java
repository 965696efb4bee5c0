package org.skills4cities.toolkit.credential;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 public keys as Multikey ({@code ed25519-pub} multicodec {@code 0xed01}, multibase base58btc {@code z}, so
 * they read {@code z6Mk…}) and as {@code did:key}.
 */
public final class Multikey {

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    /** The DER SubjectPublicKeyInfo of an Ed25519 key up to its 32 key bytes (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Multikey() {}

    /** {@code z6Mk…} of an Ed25519 public key. */
    public static String encode(PublicKey ed25519) {
        byte[] raw = raw(ed25519);
        byte[] prefixed = new byte[ED25519_PUB.length + raw.length];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, ED25519_PUB.length);
        System.arraycopy(raw, 0, prefixed, ED25519_PUB.length, raw.length);
        return "z" + Base58.encode(prefixed);
    }

    /** The Ed25519 key of a {@code z6Mk…} Multikey; an {@link IllegalArgumentException} for anything else. */
    public static PublicKey decode(String multikey) {
        if (!multikey.startsWith("z")) {
            throw new IllegalArgumentException("A Multikey is base58btc, starting with z");
        }
        byte[] bytes = Base58.decode(multikey.substring(1));
        if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("Not an Ed25519 Multikey");
        }
        return ed25519(Arrays.copyOfRange(bytes, 2, 34));
    }

    /** {@code did:key:z6Mk…} of an Ed25519 public key. */
    public static String didKey(PublicKey ed25519) {
        return "did:key:" + encode(ed25519);
    }

    /** The 32 bytes of an Ed25519 public key. */
    static byte[] raw(PublicKey ed25519) {
        byte[] encoded = ed25519.getEncoded();
        if (!"Ed25519".equals(ed25519.getAlgorithm()) && !"EdDSA".equals(ed25519.getAlgorithm())
                || encoded.length != X509_PREFIX.length + 32) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** An Ed25519 public key from its 32 bytes. */
    static PublicKey ed25519(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("An Ed25519 key has 32 bytes");
        }
        byte[] encoded = new byte[X509_PREFIX.length + 32];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 key", e);
        }
    }
}
