package org.skills4cities.toolkit.validation.web;

import org.skills4cities.toolkit.printing.Downloads;
import org.skills4cities.toolkit.validation.Portfolios.StoredFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as it leaves the platform: always an attachment, as opaque bytes the browser must not sniff or
 * render, sandboxed should it be opened anyway, and kept in no cache. Whatever a candidate uploaded is never shown
 * from the platform's own origin.
 */
final class EvidenceDownload {

    private EvidenceDownload() {}

    static ResponseEntity<byte[]> of(StoredFile file) {
        String extension = file.type().extension();
        String base = file.label().endsWith("." + extension)
                ? file.label().substring(0, file.label().length() - extension.length() - 1)
                : file.label();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(base, base, extension))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentLength(file.content().length)
                .body(file.content());
    }
}
