package org.skills4cities.toolkit.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions of certification bodies: scheduled by the body's assessors from a local date, time and time zone
 * (checked by {@link SessionChecks}), stored as instants with the zone; listed for the body, and, when registration is
 * open, for candidates.
 */
@Service
public class ExamSessions {

    /** The zone a body that never scheduled a session starts from. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Sofia");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExamAccess access;
    private final SessionChecks checks;
    private final AuditLog audit;

    ExamSessions(JdbcClient jdbc, Clock clock, ExamAccess access, SessionChecks checks, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.access = access;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * Schedules a session of the body.
     *
     * @throws InvalidSession with every problem of the form, or the offsets to choose from
     */
    @Transactional
    public ExamSession schedule(Account actor, UUID organisationId, SessionForm form) {
        Organisation body = access.body(actor, organisationId);
        SessionChecks.Checked checked = checks.check(form, clock.instant());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO exam_session (id, organisation_id, framework_slug, role_code, starts_at, ends_at,
                                                  time_zone, check_in_minutes, capacity, seats_taken,
                                                  open_registration, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                        """)
                .params(
                        id,
                        body.id(),
                        checked.frameworkSlug(),
                        checked.roleCode(),
                        Timestamp.from(checked.startsAt()),
                        Timestamp.from(checked.endsAt()),
                        checked.zone().getId(),
                        checked.checkInMinutes(),
                        checked.capacity(),
                        form.openRegistration(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                actor.id(),
                actor.email(),
                "exam.session.scheduled",
                "exam session " + id,
                body.id(),
                checked.roleCode() + " " + checked.startsAt() + " "
                        + checked.zone().getId());
        return find(id).orElseThrow();
    }

    /** The body's sessions, latest start first, if the actor runs them. */
    @Transactional(readOnly = true)
    public List<ExamSession> ofBody(Account actor, UUID organisationId) {
        access.body(actor, organisationId);
        return jdbc.sql("SELECT * FROM exam_session WHERE organisation_id = ? ORDER BY starts_at DESC")
                .param(organisationId)
                .query(ExamSessions::session)
                .list();
    }

    /** One session of the body, if the actor runs its sessions. */
    @Transactional(readOnly = true)
    public ExamSession ofBody(Account actor, UUID organisationId, UUID sessionId) {
        access.body(actor, organisationId);
        return find(sessionId)
                .filter(s -> s.organisationId().equals(organisationId))
                .orElseThrow(() -> new ExamNotFound("exam session " + sessionId));
    }

    /** The zone of the body's latest scheduled session, or Sofia's. */
    @Transactional(readOnly = true)
    public ZoneId lastZone(UUID organisationId) {
        return jdbc
                .sql("SELECT time_zone FROM exam_session WHERE organisation_id = ? ORDER BY created_at DESC")
                .param(organisationId)
                .query(String.class)
                .stream()
                .findFirst()
                .map(ZoneId::of)
                .orElse(DEFAULT_ZONE);
    }

    /** Sessions candidates may register for themselves: open, not started, with seats left; soonest first. */
    @Transactional(readOnly = true)
    public List<OpenSession> open() {
        return jdbc.sql("""
                        SELECT s.*, o.name AS body_name
                        FROM exam_session s JOIN organisation o ON o.id = s.organisation_id
                        WHERE s.open_registration AND s.starts_at > ? AND s.seats_taken < s.capacity
                        ORDER BY s.starts_at, o.name
                        """)
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new OpenSession(session(rs, n), rs.getString("body_name")))
                .list();
    }

    /** A session open for registration, with the name of its body. */
    public record OpenSession(ExamSession session, String bodyName) {}

    Optional<ExamSession> find(UUID id) {
        return jdbc.sql("SELECT * FROM exam_session WHERE id = ?")
                .param(id)
                .query(ExamSessions::session)
                .optional();
    }

    static ExamSession session(ResultSet rs, int row) throws SQLException {
        return new ExamSession(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("framework_slug"),
                rs.getString("role_code"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getInt("check_in_minutes"),
                rs.getInt("capacity"),
                rs.getInt("seats_taken"),
                rs.getBoolean("open_registration"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
