package org.skills4cities.toolkit.certification;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Certificate identifiers: 128 random bits written as 26 characters of Crockford's base32 (digits and capitals,
 * without I, L, O and U), so that they can be read aloud, typed from paper and put in an address unchanged.
 */
public final class CertificateIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern WELL_FORMED = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIds() {}

    /** A new identifier: 16 random bytes, 26 characters. */
    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(26);
        // 130 bits of room for 128 bits: the first character carries the two leading zero bits and one random bit
        BigInteger value = new BigInteger(1, bytes);
        for (int i = 25; i >= 0; i--) {
            id.append(ALPHABET[value.shiftRight(i * 5).intValue() & 31]);
        }
        return id.toString();
    }

    /**
     * The identifier as typed, made canonical: upper case, without spaces and hyphens, with the letters people confuse
     * read as the digits they look like (O as 0, I and L as 1); null when it cannot be an identifier.
     */
    public static @Nullable String canonical(String typed) {
        String id = typed.strip()
                .toUpperCase(Locale.ROOT)
                .replace("-", "")
                .replace(" ", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return WELL_FORMED.matcher(id).matches() ? id : null;
    }
}
