package org.skills4cities.toolkit.certification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One thing that happened to a certificate, by whom, why, and for a renewal the hours of development and new end. */
public record CertificateEvent(
        Kind kind,
        @Nullable UUID actorId,
        @Nullable String reason,
        @Nullable Integer cpdHours,
        @Nullable Instant validUntil,
        Instant at) {

    /** What happened. */
    public enum Kind {
        ISSUED,
        SUSPENDED,
        REINSTATED,
        REVOKED,
        RENEWED,
        LISTED,
        UNLISTED,
        RESTORED_REVOCATION;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
