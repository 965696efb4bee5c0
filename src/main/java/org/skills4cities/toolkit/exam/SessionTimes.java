package org.skills4cities.toolkit.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.InvalidSession.Problem;

/**
 * A local date and time of a time zone turned into an instant, never by a silent guess: a time the clocks skip (the
 * spring-forward gap) is refused, and a time that happens twice (the night the clocks go back) needs the offset that
 * says which of the two is meant.
 */
final class SessionTimes {

    private SessionTimes() {}

    /** What a local time turned out to be: an instant, or a problem, or the two offsets to choose from. */
    record Resolved(@Nullable Instant instant, @Nullable Problem problem, List<ZoneOffset> choices) {}

    static Resolved resolve(LocalDateTime local, ZoneId zone, @Nullable ZoneOffset chosen) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return new Resolved(
                    null,
                    Problem.of(
                            "time",
                            "skipped",
                            local.toLocalTime().toString(),
                            zone.getId(),
                            local.toLocalDate().toString(),
                            gap.getDateTimeBefore().toLocalTime().toString(),
                            gap.getDateTimeAfter().toLocalTime().toString()),
                    List.of());
        }
        if (offsets.size() == 1) {
            return new Resolved(local.toInstant(offsets.getFirst()), null, List.of());
        }
        if (chosen != null && offsets.contains(chosen)) {
            return new Resolved(local.toInstant(chosen), null, List.of());
        }
        ZoneOffsetTransition overlap = rules.getTransition(local);
        return new Resolved(
                null,
                Problem.of(
                        "offset",
                        "choose",
                        local.toLocalTime().toString(),
                        zone.getId(),
                        local.toLocalDate().toString(),
                        overlap.getDateTimeBefore().toLocalTime().toString(),
                        overlap.getDateTimeAfter().toLocalTime().toString()),
                offsets);
    }

    /** An offset as typed ({@code +03:00}), if it is one. */
    static Optional<ZoneOffset> offset(String typed) {
        try {
            return typed.isBlank() ? Optional.empty() : Optional.of(ZoneOffset.of(typed.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
