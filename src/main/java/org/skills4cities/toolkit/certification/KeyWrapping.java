package org.skills4cities.toolkit.certification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps issuer private keys for storage: AES-256-GCM under a key derived (SHA-256) from the configured secret, a fresh
 * 96-bit nonce each time, written as base64 of nonce and ciphertext. A database copy alone signs nothing.
 */
final class KeyWrapping {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    KeyWrapping(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String wrap(PrivateKey privateKey) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(privateKey.getEncoded());
            byte[] all = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, all, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key, or an exception naming the setting when the secret is not the one the key was wrapped with. */
    PrivateKey unwrap(String wrapped, String algorithm) {
        byte[] all = Base64.getDecoder().decode(wrapped);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
            byte[] encoded = cipher.doFinal(all, NONCE, all.length - NONCE);
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException(
                    "The issuer keys cannot be unwrapped: toolkit.certificates.key-secret is not the secret they were"
                            + " stored with",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
