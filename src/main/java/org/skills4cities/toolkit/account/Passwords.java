package org.skills4cities.toolkit.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password policy and hashing. A password is taken in Unicode NFC, so that the same letters typed as one code
 * point or as a base letter with a combining accent are the same password; it must have 8 to 128 characters (code
 * points), no composition rules, and must not be one of the 30,000 most common passwords (zxcvbn's list). It is
 * hashed whole, never truncated, with Argon2id: 19 MiB of memory, 2 iterations, parallelism 1, 16-byte salt, 32-byte
 * hash (the OWASP Password Storage Cheat Sheet minimum).
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private static final String COMMON = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
    private final Set<String> common = readCommon();
    private final String dummyHash = argon2.encode("a password nobody has, hashed to spend the same time");

    /** Checks the password against the policy and hashes it. */
    public String hash(String password) {
        return argon2.encode(accepted(password));
    }

    /** The password in NFC if the policy accepts it. */
    public String accepted(String password) {
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            throw new PasswordRejected("tooShort");
        }
        if (length > MAX_LENGTH) {
            throw new PasswordRejected("tooLong");
        }
        if (common.contains(normalized.strip().toLowerCase(Locale.ROOT))) {
            throw new PasswordRejected("common");
        }
        return normalized;
    }

    /**
     * Whether the password matches the hash. Without a hash (no such account) a dummy hash is checked, so that the
     * answer takes as long either way.
     */
    public boolean matches(String password, @Nullable String hash) {
        String normalized = normalize(password);
        if (normalized.length() > MAX_LENGTH * 2 || hash == null) {
            argon2.matches("x", dummyHash);
            return false;
        }
        return argon2.matches(normalized, hash);
    }

    private static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    private static Set<String> readCommon() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = Passwords.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + COMMON + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
