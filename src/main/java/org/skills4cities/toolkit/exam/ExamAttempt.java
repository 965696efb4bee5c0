package org.skills4cities.toolkit.exam;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's place in an exam session: registered, checked in (the form is drawn then), and closed by the server at
 * the session's end with its result, if the candidate took part.
 */
public record ExamAttempt(
        UUID id,
        ExamSession session,
        UUID candidateId,
        Instant registeredAt,
        @Nullable Instant checkedInAt,
        @Nullable Instant closedAt,
        @Nullable AttemptResult result) {

    /** Where the attempt stands at {@code now}. */
    public AttemptState state(Instant now) {
        if (closedAt != null || !now.isBefore(session.endsAt())) {
            return checkedInAt == null ? AttemptState.ABSENT : AttemptState.CLOSED;
        }
        if (checkedInAt == null) {
            return now.isBefore(session.checkInOpensAt()) ? AttemptState.REGISTERED : AttemptState.CHECK_IN_OPEN;
        }
        return now.isBefore(session.startsAt()) ? AttemptState.WAITING : AttemptState.IN_PROGRESS;
    }
}
