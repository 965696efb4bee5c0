package org.skills4cities.toolkit.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The revocations, written to a file beside the database before the database is changed, forced to disk, and never
 * rewritten. When the database is restored from a backup older than a revocation, the journal still has it: the
 * status lists and the verifier count every revocation in either, a certificate still in the database is revoked
 * again at start, and no new certificate is given a status list index that a journalled revocation holds. Keep the
 * journal on storage the database backups do not overwrite (see {@code docs/certificates.md}).
 */
@Component
class RevocationJournal {

    private static final Logger log = LoggerFactory.getLogger(RevocationJournal.class);

    /** One revocation as journalled. */
    record Entry(String certificate, int index, String reason, Instant at) {}

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Integer, Entry> byIndex = new ConcurrentHashMap<>();

    RevocationJournal(@Value("${toolkit.certificates.journal}") Path file) {
        this.file = file;
        read();
    }

    private void read() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            int line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = CredentialDocuments.JSON.readTree(text);
                    remember(new Entry(
                            node.get("certificate").asString(),
                            node.get("index").asInt(),
                            node.get("reason").asString(),
                            Instant.parse(node.get("at").asString())));
                } catch (RuntimeException e) {
                    // a line cut short by a crash while it was written: the revocation it held was not committed
                    log.warn("Revocation journal {}: line {} cannot be read and is skipped", file, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The revocation journal " + file + " cannot be read", e);
        }
    }

    /** Writes the revocation and forces it to disk; only then may the database be changed. */
    synchronized void append(Entry entry) {
        ObjectNode node = CredentialDocuments.JSON.createObjectNode();
        node.put("certificate", entry.certificate());
        node.put("index", entry.index());
        node.put("reason", entry.reason());
        node.put("at", entry.at().toString());
        byte[] line = (CredentialDocuments.JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The revocation journal " + file + " cannot be written", e);
        }
        remember(entry);
    }

    private void remember(Entry entry) {
        entries.put(entry.certificate(), entry);
        byIndex.put(entry.index(), entry);
    }

    @Nullable
    Entry of(String certificate) {
        return entries.get(certificate);
    }

    boolean revokedIndex(int index) {
        return byIndex.containsKey(index);
    }

    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }
}
