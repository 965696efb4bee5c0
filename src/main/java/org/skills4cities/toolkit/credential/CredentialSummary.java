package org.skills4cities.toolkit.credential;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Only what a public answer may show: the credential id, the holder's name ({@code credentialSubject.name}), the
 * achievement, the issuer and the dates. Never an e-mail, a score or evidence.
 */
public record CredentialSummary(
        @Nullable String id,
        @Nullable String holderName,
        @Nullable String achievementName,
        @Nullable String issuerId,
        @Nullable String issuerName,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil) {}
