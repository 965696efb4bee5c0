package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence for a competence: a file (its label is the sanitised original name, {@code mediaType} what its
 * content was found to be), a link or a note. Evidence that went to the assessors once is {@code submitted}; it is
 * then retired rather than deleted.
 */
public record Evidence(
        UUID id,
        UUID caseId,
        String competence,
        EvidenceKind kind,
        String label,
        @Nullable String url,
        @Nullable String note,
        @Nullable String mediaType,
        long size,
        Instant addedAt,
        boolean submitted,
        @Nullable Instant retiredAt) {

    public boolean isCurrent() {
        return retiredAt == null;
    }
}
