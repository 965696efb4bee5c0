package org.skills4cities.toolkit.exam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * An exam session of a certification body: the role's exam, from {@code startsAt} to {@code endsAt} (instants), in the
 * time zone it was scheduled in, with a check-in window before the start and a number of seats. Candidates register
 * themselves when registration is open; the body's assessors register them in any case.
 */
public record ExamSession(
        UUID id,
        UUID organisationId,
        String frameworkSlug,
        String roleCode,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int checkInMinutes,
        int capacity,
        int seatsTaken,
        boolean openRegistration,
        Instant createdAt) {

    /** When candidates may start to check in. */
    public Instant checkInOpensAt() {
        return startsAt.minus(Duration.ofMinutes(checkInMinutes));
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    /** The local end, whose offset may differ from the start's when the clocks change during the session. */
    public ZonedDateTime localEnd() {
        return endsAt.atZone(zone);
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean full() {
        return seatsTaken >= capacity;
    }
}
