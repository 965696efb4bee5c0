package org.skills4cities.toolkit.printing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of a file to save: an ASCII {@code filename} for clients that read only that one
 * ({@code curl -OJ}), and the name in the reader's language as {@code filename*} (RFC 6266, RFC 8187) for browsers.
 */
public final class Downloads {

    private Downloads() {}

    /**
     * An attachment named {@code name} (any script) with the given extension, such as {@code pdf}; {@code asciiName}
     * is the name for clients that cannot take the other, reduced to ASCII if it is not already.
     */
    public static String attachment(String asciiName, String name, String extension) {
        String readable = name.strip()
                .replaceAll("[/\\\\]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("[\\p{Cntrl}:*?\"<>|]+", " ")
                .replaceAll("\\s+", " ");
        String utf8 = URLEncoder.encode(readable + "." + extension, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + ascii(asciiName) + "." + extension + "\"; filename*=UTF-8''" + utf8;
    }

    /**
     * The name in ASCII letters, digits and hyphens: Latin letters lose their accents, any other script or sign
     * becomes a hyphen, and a name with nothing left becomes {@code download}.
     */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = folded.replaceAll("[^A-Za-z0-9.]+", "-")
                .replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
        return safe.isEmpty() ? "download" : safe;
    }
}
