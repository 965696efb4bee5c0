package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkVersion;

/**
 * A candidate's validation case for a role of a framework with a certification body: where it stands (its phase, and
 * its outcome once it has ended), the assessors' decision, and the version every change is checked against.
 */
public record ValidationCase(
        UUID id,
        UUID candidate,
        String candidateName,
        UUID body,
        String bodyName,
        FrameworkVersion framework,
        String role,
        @Nullable UUID assessment,
        Phase phase,
        @Nullable Outcome outcome,
        @Nullable Decision decision,
        @Nullable String decisionReason,
        int version,
        Instant openedAt,
        Instant updatedAt) {

    public boolean isOpen() {
        return outcome == null;
    }
}
