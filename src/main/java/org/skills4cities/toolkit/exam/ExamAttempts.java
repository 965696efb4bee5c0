package org.skills4cities.toolkit.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts as their candidates and the body's assessors see them, and the check-in: in the window before the start
 * (or late, until the end) the candidate checks in and the form is drawn from the body's bank by the role's blueprint
 * and stored, so that the start itself only reads it.
 */
@Service
public class ExamAttempts {

    private static final String SELECT = """
            SELECT a.id AS attempt_id, a.candidate_id, a.registered_at, a.checked_in_at, a.closed_at, a.points,
                   a.max_points, a.percent, a.passed, a.area_scores, s.*
            FROM exam_attempt a JOIN exam_session s ON s.id = a.session_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExamContent content;
    private final FormLayouts layouts;
    private final AuditLog audit;

    ExamAttempts(JdbcClient jdbc, Clock clock, ExamContent content, FormLayouts layouts, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.content = content;
        this.layouts = layouts;
        this.audit = audit;
    }

    /** The candidate's own attempt; anyone else's does not exist for them. */
    @Transactional(readOnly = true)
    public ExamAttempt of(Account candidate, UUID attemptId) {
        return find(attemptId)
                .filter(a -> a.candidateId().equals(candidate.id()))
                .orElseThrow(() -> new ExamNotFound("exam attempt " + attemptId));
    }

    /** The candidate's attempts, latest session first. */
    @Transactional(readOnly = true)
    public List<ExamAttempt> ofCandidate(UUID candidateId) {
        return jdbc.sql(SELECT + "WHERE a.candidate_id = ? ORDER BY s.starts_at DESC")
                .param(candidateId)
                .query(ExamAttempts::attempt)
                .list();
    }

    /** A session's candidates with their attempts, by name, for the body's assessors. */
    @Transactional(readOnly = true)
    public List<Candidate> ofSession(UUID sessionId) {
        return jdbc.sql(SELECT.replace("s.*", "s.*, c.email, c.display_name") + """
                        JOIN account c ON c.id = a.candidate_id
                        WHERE a.session_id = ? ORDER BY c.display_name, c.email
                        """)
                .param(sessionId)
                .query((rs, n) -> new Candidate(rs.getString("email"), rs.getString("display_name"), attempt(rs, n)))
                .list();
    }

    /** A registered candidate and their attempt. */
    public record Candidate(String email, String displayName, ExamAttempt attempt) {}

    /**
     * Checks the candidate in and draws their form; checking in again changes nothing.
     *
     * @throws RegistrationRefused before the check-in window opens, or once the session has ended
     */
    @Transactional
    public ExamAttempt checkIn(Account candidate, UUID attemptId) {
        ExamAttempt attempt = of(candidate, attemptId);
        Instant now = clock.instant();
        switch (attempt.state(now)) {
            case REGISTERED ->
                throw new RegistrationRefused(
                        "notYet",
                        attempt.session()
                                .checkInOpensAt()
                                .atZone(attempt.session().zone()));
            case CLOSED, ABSENT ->
                throw new RegistrationRefused("ended", attempt.session().localEnd());
            case WAITING, IN_PROGRESS -> {
                return attempt;
            }
            case CHECK_IN_OPEN -> {
                // drawn below
            }
        }
        ExamSession session = attempt.session();
        Blueprint blueprint = content.blueprint(session.frameworkSlug(), session.roleCode())
                .orElseThrow(() -> new ExamNotFound("blueprint " + session.roleCode()));
        ExamForm form = ExamForms.draw(blueprint, content.bank(session.organisationId()), new SplittableRandom());
        int updated = jdbc.sql("""
                        UPDATE exam_attempt SET checked_in_at = ?, form = ?
                        WHERE id = ? AND checked_in_at IS NULL
                        """)
                .params(Timestamp.from(now), layouts.write(form), attemptId)
                .update();
        if (updated == 1) {
            audit.record(
                    candidate.id(),
                    candidate.email(),
                    "exam.checked-in",
                    "exam attempt " + attemptId,
                    session.organisationId(),
                    form.questions().size() + " questions");
        }
        return find(attemptId).orElseThrow();
    }

    /** The form drawn at check-in, rebuilt from the body's bank, in the order and with the options this candidate saw. */
    public ExamForm form(ExamAttempt attempt) {
        ExamSession session = attempt.session();
        return ExamForms.rebuild(
                session.frameworkSlug(),
                session.roleCode(),
                layouts.read(storedLayout(attempt.id())),
                content.bank(session.organisationId()));
    }

    String storedLayout(UUID attemptId) {
        return jdbc.sql("SELECT form FROM exam_attempt WHERE id = ?")
                .param(attemptId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ExamNotFound("exam form " + attemptId));
    }

    Optional<ExamAttempt> find(UUID attemptId) {
        return jdbc.sql(SELECT + "WHERE a.id = ?")
                .param(attemptId)
                .query(ExamAttempts::attempt)
                .optional();
    }

    static ExamAttempt attempt(ResultSet rs, int row) throws SQLException {
        return new ExamAttempt(
                rs.getObject("attempt_id", UUID.class),
                ExamSessions.session(rs, row),
                rs.getObject("candidate_id", UUID.class),
                ExamSessions.instant(rs, "registered_at"),
                nullable(rs, "checked_in_at"),
                nullable(rs, "closed_at"),
                AttemptResults.read(rs));
    }

    private static @Nullable Instant nullable(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
