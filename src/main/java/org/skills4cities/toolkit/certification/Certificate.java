package org.skills4cities.toolkit.certification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkVersion;

/**
 * A certificate as the platform keeps it: who holds it (the account may since have gone; the name stays as issued),
 * for which role of which framework, from which body, valid when, in which time zone its dates are written, its status
 * and its place in the status lists, the competences it attests, and the signed credential and its VC-JWT.
 */
public record Certificate(
        String id,
        UUID caseId,
        @Nullable UUID holderId,
        String holderName,
        String language,
        UUID bodyId,
        String bodyName,
        FrameworkVersion framework,
        String roleCode,
        Instant issuedAt,
        Instant validFrom,
        Instant validUntil,
        ZoneId zone,
        CertificateStatus status,
        @Nullable String statusReason,
        int statusIndex,
        int keyGeneration,
        String credential,
        String credentialJwt,
        boolean listed,
        int version,
        List<Attested> competences) {

    public Certificate {
        competences = List.copyOf(competences);
    }

    /** A competence the certificate attests and the level the role requires of it. */
    public record Attested(String competence, int level) {}

    public boolean expiredAt(Instant now) {
        return !now.isBefore(validUntil);
    }
}
