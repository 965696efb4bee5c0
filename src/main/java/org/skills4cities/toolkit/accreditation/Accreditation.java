package org.skills4cities.toolkit.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An accreditation decided by a certification body: whose (a training organisation, or a trainer with the provider
 * they train with), by which body, valid from the decision date until {@code validUntil} (the last day it holds),
 * the one it renews, and, once withdrawn, when and why. Names are those at the decision.
 */
public record Accreditation(
        UUID id,
        UUID applicationId,
        Subject subject,
        UUID organisationId,
        @Nullable UUID trainerId,
        String name,
        String organisation,
        UUID bodyId,
        String body,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant decidedAt,
        @Nullable UUID renews,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnReason) {

    /** Whose accreditation this is: the organisation, or the trainer. */
    public UUID holder() {
        return trainerId == null ? organisationId : trainerId;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Valid on that day: not withdrawn, and the day within its validity. */
    public boolean validOn(LocalDate day) {
        return !withdrawn() && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** What the registry says of it on that day; {@code renewed} when a later accreditation renews it. */
    public Standing standing(LocalDate day, boolean renewed) {
        if (withdrawn()) {
            return Standing.WITHDRAWN;
        }
        if (renewed) {
            return Standing.RENEWED;
        }
        return day.isAfter(validUntil) ? Standing.EXPIRED : Standing.CURRENT;
    }

    /** An accreditation's standing in the registry. */
    public enum Standing {
        CURRENT,
        EXPIRED,
        RENEWED,
        WITHDRAWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
