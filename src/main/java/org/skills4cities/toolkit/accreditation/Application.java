package org.skills4cities.toolkit.accreditation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application for accreditation: for a training organisation or for a trainer (then {@code trainerId} and
 * {@code name} are theirs, {@code organisationId} the provider they train with), to a certification body; the
 * accreditation it renews, the assessor who took it and the reason given with the decision.
 */
public record Application(
        UUID id,
        Subject subject,
        UUID organisationId,
        String organisationName,
        @Nullable UUID trainerId,
        String name,
        String applicant,
        UUID bodyId,
        String bodyName,
        Status status,
        @Nullable UUID renews,
        @Nullable UUID assessorId,
        @Nullable String assessor,
        @Nullable String decisionReason,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** Whose accreditation this is: the organisation, or the trainer. */
    public UUID holder() {
        return trainerId == null ? organisationId : trainerId;
    }
}
