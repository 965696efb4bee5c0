package org.skills4cities.toolkit.validation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import org.skills4cities.toolkit.validation.EvidenceRejected.Reason;

/**
 * What an uploaded file is, found from its content and never from its name: a PDF, PNG, JPEG, DOCX or ODT that is whole
 * (a PDF ends with its end-of-file mark, every PNG chunk is whole with a good checksum and IEND closes it, a JPEG ends
 * with its end-of-image mark, a DOCX or ODT is a well-formed archive whose table of contents and declared type say so).
 * A name that ends in another type's extension is refused as a mismatch; the name is kept only as a sanitised label.
 */
final class EvidenceContent {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int MAX_LABEL = 200;

    private EvidenceContent() {}

    /** The type of the file, checked against its name; refused with the reason when it is not one the portfolio takes. */
    static FileType check(String name, byte[] content) {
        if (content.length == 0) {
            throw new EvidenceRejected(Reason.EMPTY);
        }
        FileType type = detect(content).orElseThrow(() -> new EvidenceRejected(Reason.UNSUPPORTED));
        String extension = extension(name);
        if (!extension.isEmpty() && !type.named(extension)) {
            throw new EvidenceRejected(Reason.MISMATCH, type.label(), "." + extension);
        }
        return type;
    }

    /** The accepted type the content is, if any; refused as damaged when it starts as one but is not whole. */
    static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return whole(FileType.PDF, pdfEnds(content));
        }
        if (startsWith(content, PNG)) {
            return whole(FileType.PNG, pngWhole(content));
        }
        if (content.length >= 3
                && (content[0] & 0xff) == 0xff
                && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            int n = content.length;
            return whole(FileType.JPEG, n >= 4 && (content[n - 2] & 0xff) == 0xff && (content[n - 1] & 0xff) == 0xd9);
        }
        if (startsWith(content, ZIP)) {
            ZipEntries zip = ZipEntries.read(content).orElseThrow(() -> new EvidenceRejected(Reason.DAMAGED, "ZIP"));
            return office(zip);
        }
        return Optional.empty();
    }

    private static Optional<FileType> office(ZipEntries zip) {
        if (zip.has("[Content_Types].xml")) {
            boolean document = zip.has("word/document.xml")
                    && zip.content("[Content_Types].xml", 1 << 20)
                            .map(xml -> new String(xml, StandardCharsets.UTF_8).contains(DOCX_MAIN))
                            .orElse(false);
            return document ? Optional.of(FileType.DOCX) : Optional.empty();
        }
        boolean text = zip.first()
                        .filter(e -> e.name().equals("mimetype") && e.method() == 0)
                        .flatMap(e -> zip.content("mimetype", 200))
                        .map(m -> new String(m, StandardCharsets.US_ASCII).equals(FileType.ODT.mediaType()))
                        .orElse(false)
                && zip.has("content.xml");
        return text ? Optional.of(FileType.ODT) : Optional.empty();
    }

    private static Optional<FileType> whole(FileType type, boolean whole) {
        if (!whole) {
            throw new EvidenceRejected(Reason.DAMAGED, type.label());
        }
        return Optional.of(type);
    }

    /** A PDF's last 1024 bytes hold its end-of-file mark. */
    private static boolean pdfEnds(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Every chunk is whole with a good CRC, the first is IHDR and the last, ending the file, IEND. */
    private static boolean pngWhole(byte[] content) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        int at = PNG.length;
        String type = "";
        boolean first = true;
        while (at + 12 <= content.length) {
            long length = bytes.getInt(at) & 0xffffffffL;
            if (at + 12 + length > content.length) {
                return false;
            }
            type = new String(content, at + 4, 4, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(content, at + 4, 4 + (int) length);
            if ((bytes.getInt(at + 8 + (int) length) & 0xffffffffL) != crc.getValue()
                    || (first && !type.equals("IHDR"))) {
                return false;
            }
            first = false;
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                break;
            }
        }
        return type.equals("IEND") && at == content.length;
    }

    /**
     * The name as a label to show and to offer when saving: its last path part, in NFC, without control or
     * direction-changing characters or characters file systems refuse, at most 200 characters, ending in the type's
     * extension; "evidence" when nothing is left.
     */
    static String label(String name, FileType type) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^\\.+", "");
        String extension = extension(clean);
        String base = extension.isEmpty() ? clean : clean.substring(0, clean.length() - extension.length() - 1);
        base = base.strip();
        if (base.codePointCount(0, base.length()) > MAX_LABEL) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LABEL));
        }
        return (base.isEmpty() ? "evidence" : base) + "." + type.extension();
    }

    /** The part of a file name after its last dot, lower-cased; empty when it has none. */
    static String extension(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 || dot == last.length() - 1
                ? ""
                : last.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
