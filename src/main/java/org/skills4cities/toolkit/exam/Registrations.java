package org.skills4cities.toolkit.exam;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates registered for sessions, by the body's assessors (an existing account, by email) or by themselves for a
 * session open to registration; until the session starts, while it has seats, once per session, and as the role's
 * retake rule allows: at most so many attempts within its period, and so many days after the last one closed.
 */
@Service
public class Registrations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExamSessions sessions;
    private final ExamContent content;
    private final Accounts accounts;
    private final AuditLog audit;

    Registrations(
            JdbcClient jdbc,
            Clock clock,
            ExamSessions sessions,
            ExamContent content,
            Accounts accounts,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
        this.content = content;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A body's assessor registers the account with this email. */
    @Transactional
    public UUID register(Account actor, UUID organisationId, UUID sessionId, String email) {
        ExamSession session = sessions.ofBody(actor, organisationId, sessionId);
        Account candidate = accounts.findByEmail(email)
                .filter(Account::isActive)
                .orElseThrow(() -> new RegistrationRefused("noAccount", email.strip()));
        return register(actor, candidate, session);
    }

    /** A candidate registers themselves for a session open to registration. */
    @Transactional
    public UUID registerSelf(Account candidate, UUID sessionId) {
        ExamSession session = sessions.find(sessionId)
                .filter(ExamSession::openRegistration)
                .orElseThrow(() -> new ExamNotFound("exam session " + sessionId));
        return register(candidate, candidate, session);
    }

    private UUID register(Account actor, Account candidate, ExamSession session) {
        Instant now = clock.instant();
        if (!now.isBefore(session.startsAt())) {
            throw new RegistrationRefused("started");
        }
        // the body's assessors and content editors see its item bank: none of them sits its exams
        if (accounts.memberships(candidate.id()).stream()
                .anyMatch(m -> m.organisationId().equals(session.organisationId())
                        && (m.role() == Role.ASSESSOR || m.role() == Role.CONTENT_EDITOR))) {
            throw new RegistrationRefused("ownBody");
        }
        checkRetakes(candidate, session);
        int seat = jdbc.sql("""
                        UPDATE exam_session SET seats_taken = seats_taken + 1
                        WHERE id = ? AND seats_taken < capacity
                        """).param(session.id()).update();
        if (seat == 0) {
            throw new RegistrationRefused("full", session.capacity());
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO exam_attempt (id, session_id, candidate_id, registered_at, registered_by)
                            VALUES (?, ?, ?, ?, ?)
                            """)
                    .params(id, session.id(), candidate.id(), Timestamp.from(now), actor.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RegistrationRefused("already");
        }
        audit.record(
                actor.id(),
                actor.email(),
                "exam.registered",
                "exam attempt " + id,
                session.organisationId(),
                candidate.email() + " " + session.roleCode() + " " + session.startsAt());
        return id;
    }

    /** The role's retake rule, against the candidate's other attempts of the same exam that were or will be sat. */
    private void checkRetakes(Account candidate, ExamSession session) {
        RetakeRule rule = content.blueprint(session.frameworkSlug(), session.roleCode())
                .map(Blueprint::retakes)
                .orElseThrow(() -> new ExamNotFound("blueprint " + session.roleCode()));
        List<Other> others = jdbc.sql("""
                        SELECT s.id, s.starts_at, s.time_zone, a.closed_at, a.checked_in_at
                        FROM exam_attempt a JOIN exam_session s ON s.id = a.session_id
                        WHERE a.candidate_id = ? AND s.framework_slug = ? AND s.role_code = ?
                        """)
                .params(candidate.id(), session.frameworkSlug(), session.roleCode())
                .query((rs, n) -> new Other(
                        rs.getObject("id", UUID.class),
                        ExamSessions.instant(rs, "starts_at").atZone(ZoneId.of(rs.getString("time_zone"))),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant(),
                        rs.getTimestamp("checked_in_at") != null))
                .list();
        for (Other other : others) {
            if (other.sessionId().equals(session.id())) {
                throw new RegistrationRefused("already");
            }
            if (other.closedAt() == null) {
                throw new RegistrationRefused("pending", other.startsAt());
            }
        }
        Instant windowStart = session.localStart().minus(rule.period()).toInstant();
        long within = others.stream()
                .filter(o -> o.sat() && !o.startsAt().toInstant().isBefore(windowStart))
                .count();
        if (within >= rule.maxAttempts()) {
            throw period(rule.maxAttempts(), rule.period());
        }
        others.stream()
                .filter(Other::sat)
                .map(Other::closedAt)
                .max(Instant::compareTo)
                .map(last -> last.plus(rule.waitDays(), ChronoUnit.DAYS))
                .filter(earliest -> session.startsAt().isBefore(earliest))
                .ifPresent(earliest -> {
                    throw new RegistrationRefused(
                            "wait",
                            rule.waitDays(),
                            LocalDate.ofInstant(earliest, session.zone()).toString());
                });
    }

    private static RegistrationRefused period(int max, Period period) {
        return period.getDays() == 0
                ? new RegistrationRefused("tooManyMonths", max, period.toTotalMonths())
                : new RegistrationRefused("tooManyDays", max, period.toTotalMonths() * 30 + period.getDays());
    }

    /** Another attempt of the same candidate at the same exam: its session's start, its close, whether it was sat. */
    private record Other(
            UUID sessionId,
            ZonedDateTime startsAt,
            @Nullable Instant closedAt,
            boolean sat) {}
}
