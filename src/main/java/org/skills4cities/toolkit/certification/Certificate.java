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

    /** The same certificate with another status and its reason. */
    public Certificate withStatus(CertificateStatus newStatus, @Nullable String reason) {
        return new Certificate(
                id,
                caseId,
                holderId,
                holderName,
                language,
                bodyId,
                bodyName,
                framework,
                roleCode,
                issuedAt,
                validFrom,
                validUntil,
                zone,
                newStatus,
                reason,
                statusIndex,
                keyGeneration,
                credential,
                credentialJwt,
                listed,
                version,
                competences);
    }

    /** The same certificate listed in the public registry or not. */
    public Certificate withListed(boolean inRegistry) {
        return new Certificate(
                id,
                caseId,
                holderId,
                holderName,
                language,
                bodyId,
                bodyName,
                framework,
                roleCode,
                issuedAt,
                validFrom,
                validUntil,
                zone,
                status,
                statusReason,
                statusIndex,
                keyGeneration,
                credential,
                credentialJwt,
                inRegistry,
                version,
                competences);
    }

    /** The same certificate with a later end, signed again by a key generation. */
    public Certificate renewed(Instant until, int generation, String signed, String jwt) {
        return new Certificate(
                id,
                caseId,
                holderId,
                holderName,
                language,
                bodyId,
                bodyName,
                framework,
                roleCode,
                issuedAt,
                validFrom,
                until,
                zone,
                status,
                statusReason,
                statusIndex,
                generation,
                signed,
                jwt,
                listed,
                version,
                competences);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(validUntil);
    }
}
