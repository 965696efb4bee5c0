package org.skills4cities.toolkit.exam;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.InvalidSession.Problem;
import org.springframework.stereotype.Component;

/**
 * Checks a typed session and collects every problem: a role without an exam blueprint, a date or time that is not
 * one, an unknown time zone, a local time the clocks skip or that happens twice, a start in the past, a check-in
 * window or a number of seats out of range. The session lasts as long as the role's blueprint says.
 */
@Component
class SessionChecks {

    static final int DEFAULT_CHECK_IN = 60;
    static final int MAX_CHECK_IN = 240;
    static final int MAX_CAPACITY = 5000;

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final ExamContent content;

    SessionChecks(ExamContent content) {
        this.content = content;
    }

    /** A session that passed the checks. */
    record Checked(
            String frameworkSlug,
            String roleCode,
            Instant startsAt,
            Instant endsAt,
            ZoneId zone,
            int checkInMinutes,
            int capacity) {}

    /** How far ahead a session can be scheduled. */
    static final Duration MAX_AHEAD = Duration.ofDays(730);

    Checked check(SessionForm form, Instant now) {
        List<Problem> problems = new ArrayList<>();
        List<ZoneOffset> choices = new ArrayList<>();
        Optional<Blueprint> blueprint = blueprint(form.role(), problems);
        LocalDate date = date(form.date(), problems);
        LocalTime time = time(form.time(), problems);
        ZoneId zone = zone(form.zone(), problems);
        int checkIn = number(form.checkInMinutes(), DEFAULT_CHECK_IN, 0, MAX_CHECK_IN, "checkIn", problems);
        int capacity = number(form.capacity(), null, 1, MAX_CAPACITY, "capacity", problems);
        Instant start = null;
        if (date != null && time != null && zone != null) {
            SessionTimes.Resolved resolved = SessionTimes.resolve(
                    date.atTime(time), zone, SessionTimes.offset(form.offset()).orElse(null));
            if (resolved.problem() != null) {
                problems.add(resolved.problem());
                choices.addAll(resolved.choices());
            }
            start = resolved.instant();
        }
        if (start != null && !start.isAfter(now)) {
            problems.add(Problem.of("date", "past"));
        } else if (start != null && start.isAfter(now.plus(MAX_AHEAD))) {
            problems.add(Problem.of("date", "tooFar", MAX_AHEAD.toDays()));
        }
        if (!problems.isEmpty() || start == null || blueprint.isEmpty()) {
            throw new InvalidSession(problems, choices);
        }
        Blueprint found = blueprint.get();
        return new Checked(
                found.frameworkSlug(), found.roleCode(), start, start.plus(found.duration()), zone, checkIn, capacity);
    }

    private Optional<Blueprint> blueprint(String role, List<Problem> problems) {
        if (role.isBlank()) {
            problems.add(Problem.of("role", "required"));
            return Optional.empty();
        }
        Optional<Blueprint> found = content.blueprint(role.strip());
        if (found.isEmpty()) {
            problems.add(Problem.of("role", "unknown", role.strip()));
        }
        return found;
    }

    private static @Nullable LocalDate date(String typed, List<Problem> problems) {
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.getYear() < 2000 || date.getYear() > 9999) {
                // a four-digit year, so that no instant overflows and every database can store it
                problems.add(Problem.of("date", "invalid"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("date", typed.isBlank() ? "required" : "invalid"));
            return null;
        }
    }

    private static @Nullable LocalTime time(String typed, List<Problem> problems) {
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("time", typed.isBlank() ? "required" : "invalid"));
            return null;
        }
    }

    private static @Nullable ZoneId zone(String typed, List<Problem> problems) {
        String id = typed.strip();
        if (!ZONES.contains(id)) {
            problems.add(Problem.of("zone", "unknown", id));
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add(Problem.of("zone", "unknown", id));
            return null;
        }
    }

    private static int number(
            String typed, @Nullable Integer fallback, int min, int max, String field, List<Problem> problems) {
        if (typed.isBlank() && fallback != null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as out of range
        }
        problems.add(Problem.of(field, "range", min, max));
        return min;
    }
}
