package org.skills4cities.toolkit.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * W3C Bitstring Status List v1.0 {@code encodedList}: the bitstring (index 0 is the most significant bit of the first
 * byte), GZIP-compressed, then base64url without padding behind the multibase prefix {@code u}.
 */
public final class BitstringStatusList {

    /** The smallest list the specification allows (16 KB), so that one entry does not stand out. */
    public static final int MINIMUM_LENGTH = 131_072;

    /** The largest list decoded (bits), against compression bombs: 16 MiB of bitstring. */
    static final int MAXIMUM_LENGTH = 16 * 1024 * 1024 * 8;

    private BitstringStatusList() {}

    /** The {@code encodedList} of the first {@code length} bits (at least {@link #MINIMUM_LENGTH}, a multiple of 8). */
    public static String encode(BitSet bits, int length) {
        if (length < MINIMUM_LENGTH || length % 8 != 0 || length > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("A status list has a multiple of 8 bits, at least " + MINIMUM_LENGTH);
        }
        if (bits.length() > length) {
            throw new IllegalArgumentException("A bit is set beyond the length of the list");
        }
        byte[] bytes = new byte[length / 8];
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * The bits of an {@code encodedList} (with the {@code u} prefix, or without it as in the older Status List
     * 2021); an {@link IllegalArgumentException} when it is not one.
     */
    public static BitSet decode(String encodedList) {
        String base64 = encodedList.startsWith("u") ? encodedList.substring(1) : encodedList;
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("The status list is not base64url", notBase64);
        }
        byte[] bytes = gunzip(compressed);
        BitSet bits = new BitSet(bytes.length * 8);
        for (int i = 0; i < bytes.length * 8; i++) {
            if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
                bits.set(i);
            }
        }
        return bits;
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > MAXIMUM_LENGTH / 8) {
                    throw new IllegalArgumentException("The status list is too long");
                }
            }
            return out.toByteArray();
        } catch (IOException notGzip) {
            throw new IllegalArgumentException("The status list is not GZIP-compressed", notGzip);
        }
    }
}
