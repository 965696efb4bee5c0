package org.skills4cities.toolkit.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * The table of contents of a ZIP archive held in memory, read from its central directory without inflating anything;
 * one small entry can then be inflated, up to a limit. An archive that is not well-formed, is split, encrypted or
 * ZIP64, or lists absurdly many or large entries, reads as nothing.
 */
final class ZipEntries {

    private static final int END = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_TOTAL = 1L << 30;

    /** One entry: how it is stored, its sizes and where its local header starts. */
    record Entry(String name, int method, long compressed, long size, long offset, boolean encrypted) {}

    private final byte[] archive;
    private final Map<String, Entry> entries;

    private ZipEntries(byte[] archive, Map<String, Entry> entries) {
        this.archive = archive;
        this.entries = entries;
    }

    /** The archive's entries, or nothing when the bytes are not a ZIP archive this class reads. */
    static Optional<ZipEntries> read(byte[] archive) {
        try {
            return Optional.ofNullable(directory(archive)).map(entries -> new ZipEntries(archive, entries));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Map<String, Entry> entries() {
        return entries;
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The first entry in the archive's own order (by where it starts), which ODF requires to be "mimetype". */
    Optional<Entry> first() {
        return entries.values().stream().min(Comparator.comparingLong(Entry::offset));
    }

    /** The content of a small entry, inflated if need be; nothing when it is larger than {@code limit} or broken. */
    Optional<byte[]> content(String name, int limit) {
        Entry entry = entries.get(name);
        if (entry == null || entry.encrypted() || entry.size() > limit || entry.compressed() > archive.length) {
            return Optional.empty();
        }
        try {
            ByteBuffer local = little(archive);
            int at = (int) entry.offset();
            if (local.getInt(at) != LOCAL) {
                return Optional.empty();
            }
            int nameLength = local.getShort(at + 26) & 0xffff;
            int extraLength = local.getShort(at + 28) & 0xffff;
            int start = at + 30 + nameLength + extraLength;
            if (start + entry.compressed() > archive.length) {
                return Optional.empty();
            }
            return switch (entry.method()) {
                case 0 -> Optional.of(Arrays.copyOfRange(archive, start, start + (int) entry.size()));
                case 8 -> inflate(start, (int) entry.compressed(), limit);
                default -> Optional.empty();
            };
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> inflate(int start, int length, int limit) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(archive, start, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.toByteArray());
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static @Nullable Map<String, Entry> directory(byte[] archive) {
        int end = endRecord(archive);
        if (end < 0) {
            return null;
        }
        ByteBuffer bytes = little(archive);
        int disk = bytes.getShort(end + 4) & 0xffff;
        int count = bytes.getShort(end + 10) & 0xffff;
        long size = bytes.getInt(end + 12) & 0xffffffffL;
        long offset = bytes.getInt(end + 16) & 0xffffffffL;
        if (disk != 0 || count == 0xffff || offset == 0xffffffffL || count > MAX_ENTRIES || offset + size > end) {
            return null;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int at = (int) offset;
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (bytes.getInt(at) != CENTRAL) {
                return null;
            }
            int flags = bytes.getShort(at + 8) & 0xffff;
            int method = bytes.getShort(at + 10) & 0xffff;
            long compressed = bytes.getInt(at + 20) & 0xffffffffL;
            long uncompressed = bytes.getInt(at + 24) & 0xffffffffL;
            int nameLength = bytes.getShort(at + 28) & 0xffff;
            int extraLength = bytes.getShort(at + 30) & 0xffff;
            int commentLength = bytes.getShort(at + 32) & 0xffff;
            long local = bytes.getInt(at + 42) & 0xffffffffL;
            if (compressed == 0xffffffffL || uncompressed == 0xffffffffL || local >= offset) {
                return null;
            }
            String name = new String(archive, at + 46, nameLength, StandardCharsets.UTF_8);
            total += uncompressed;
            if (total > MAX_TOTAL
                    || entries.put(name, new Entry(name, method, compressed, uncompressed, local, (flags & 1) != 0))
                            != null) {
                return null;
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** Where the end-of-central-directory record starts: searched back from the end, past a comment of any length. */
    private static int endRecord(byte[] archive) {
        int lowest = Math.max(0, archive.length - 22 - 0xffff);
        ByteBuffer bytes = little(archive);
        for (int at = archive.length - 22; at >= lowest; at--) {
            if (bytes.getInt(at) == END) {
                return at;
            }
        }
        return -1;
    }

    private static ByteBuffer little(byte[] archive) {
        return ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    }
}
