package org.skills4cities.toolkit.accreditation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What an evidence file is, found from its content and never from its name: a whole PDF (starting with its header,
 * its end-of-file mark in the last kilobyte), PNG (signature, ending with the IEND chunk) or JPEG (start and end of
 * image marks). Anything else is refused; so is a name whose ending says another type. The name is kept only as a
 * cleaned label.
 */
final class EvidenceCheck {

    static final Map<String, String> EXTENSIONS =
            Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    private EvidenceCheck() {}

    /** The media type of the content, checked against the name's ending; refused when it is not one taken. */
    static String mediaType(String name, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput(415, "file", "empty");
        }
        String type;
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            int from = Math.max(0, content.length - 1024);
            whole(new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF"));
            type = "application/pdf";
        } else if (startsWith(content, PNG)) {
            whole(content.length >= PNG.length + IEND.length
                    && Arrays.equals(content, content.length - IEND.length, content.length, IEND, 0, IEND.length));
            type = "image/png";
        } else if (content.length >= 4
                && (content[0] & 0xff) == 0xff
                && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            whole((content[content.length - 2] & 0xff) == 0xff && (content[content.length - 1] & 0xff) == 0xd9);
            type = "image/jpeg";
        } else {
            throw new InvalidInput(415, "file", "unsupported");
        }
        String extension = extension(name);
        if (!extension.isEmpty() && !type.equals(EXTENSIONS.get(extension))) {
            throw new InvalidInput(415, "file", "mismatch", "." + extension);
        }
        return type;
    }

    /** The name's last path part in NFC, without control characters or ones file systems refuse; at most 200. */
    static String label(String name, String mediaType) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^\\.+", "");
        String extension = extension(clean);
        String base = extension.isEmpty() ? clean : clean.substring(0, clean.length() - extension.length() - 1);
        if (base.codePointCount(0, base.length()) > 200) {
            base = base.substring(0, base.offsetByCodePoints(0, 200));
        }
        String ending = switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
        return (base.isBlank() ? "evidence" : base.strip()) + "." + ending;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String extension(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 || dot == last.length() - 1
                ? ""
                : last.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static void whole(boolean whole) {
        if (!whole) {
            throw new InvalidInput(415, "file", "damaged");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
