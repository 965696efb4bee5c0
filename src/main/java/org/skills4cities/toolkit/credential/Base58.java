package org.skills4cities.toolkit.credential;

import java.math.BigInteger;
import java.util.Arrays;

/** Base58 in the Bitcoin alphabet, the {@code z} (base58btc) of multibase. */
final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    /** The bytes, or an {@link IllegalArgumentException} for a character outside the alphabet. */
    static byte[] decode(String text) {
        if (text.length() > 4096) {
            throw new IllegalArgumentException("base58 text too long");
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not base58: " + text.charAt(i));
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        if (magnitude.length > 1 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
        } else if (value.signum() == 0) {
            magnitude = new byte[0];
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] out = new byte[zeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
        return out;
    }
}
