package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assessor's rating of one competence of a case (0: not shown), with the comment that says why. */
public record AssessorRating(
        String competence,
        int level,
        String comment,
        @Nullable UUID assessorId,
        String assessor,
        Instant ratedAt) {}
