package org.skills4cities.toolkit.exam;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skills4cities.toolkit.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes attempts at their session's end: every few seconds a job closes those whose end has passed, and a save that
 * comes after the end closes its attempt at once. The attempt is closed at the end instant itself, scored from the
 * answers saved, its result stored, and {@link ExamResultRecorded} published (listeners hear it after the commit). An
 * attempt nobody checked in to is closed as absent. Whichever node or request gets there first closes it; the others
 * find it closed.
 */
@Component
public class AttemptClosing {

    private static final Logger log = LoggerFactory.getLogger(AttemptClosing.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExamAttempts attempts;
    private final ExamContent content;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AttemptClosing(
            JdbcClient jdbc,
            Clock clock,
            ExamAttempts attempts,
            ExamContent content,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attempts = attempts;
        this.content = content;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${toolkit.exams.close-every:2s}")
    void closeDue() {
        List<UUID> due = jdbc.sql("""
                        SELECT a.id FROM exam_attempt a JOIN exam_session s ON s.id = a.session_id
                        WHERE a.closed_at IS NULL AND s.ends_at <= ?
                        """)
                .param(Timestamp.from(clock.instant()))
                .query(UUID.class)
                .list();
        for (UUID id : due) {
            try {
                close(id);
            } catch (RuntimeException e) {
                log.warn("Could not close exam attempt {}; trying again at the next run", id, e);
            }
        }
    }

    /** Closes the attempt if its session has ended and nobody closed it yet. */
    public void close(UUID attemptId) {
        transaction.executeWithoutResult(status -> attempts.find(attemptId)
                .filter(a -> a.closedAt() == null
                        && !clock.instant().isBefore(a.session().endsAt()))
                .ifPresent(this::closeNow));
    }

    private void closeNow(ExamAttempt attempt) {
        ExamSession session = attempt.session();
        int closed = jdbc.sql("UPDATE exam_attempt SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(session.endsAt()), attempt.id())
                .update();
        if (closed == 0) {
            return;
        }
        if (attempt.checkedInAt() == null) {
            audit.record(null, null, "exam.absent", "exam attempt " + attempt.id(), session.organisationId(), null);
            return;
        }
        AttemptResult result = score(attempt);
        jdbc.sql("""
                        UPDATE exam_attempt SET points = ?, max_points = ?, percent = ?, passed = ?, area_scores = ?
                        WHERE id = ?
                        """)
                .params(
                        AttemptResults.points(result),
                        String.valueOf(result.maxPoints()),
                        result.percent(),
                        result.passed(),
                        AttemptResults.areas(result),
                        attempt.id())
                .update();
        audit.record(
                null,
                null,
                "exam.closed",
                "exam attempt " + attempt.id(),
                session.organisationId(),
                result.exactPoints() + " of " + result.maxPoints() + (result.passed() ? ", passed" : ", not passed"));
        log.info("Exam attempt {} closed at {}: {} %", attempt.id(), session.endsAt(), result.percent());
        events.publishEvent(new ExamResultRecorded(
                attempt.id(),
                attempt.candidateId(),
                session.frameworkSlug(),
                session.roleCode(),
                result.passed(),
                result.percent(),
                session.endsAt()));
    }

    private AttemptResult score(ExamAttempt attempt) {
        ExamSession session = attempt.session();
        Blueprint blueprint = content.blueprint(session.frameworkSlug(), session.roleCode())
                .orElseThrow(() -> new ExamNotFound("blueprint " + session.roleCode()));
        Map<String, Set<String>> answers = new HashMap<>();
        jdbc.sql("SELECT question, options FROM exam_answer WHERE attempt_id = ?")
                .param(attempt.id())
                .query(rs -> {
                    String options = rs.getString("options");
                    answers.put(rs.getString("question"), options.isEmpty() ? Set.of() : Set.of(options.split(",")));
                });
        ExamScore score =
                Scoring.score(blueprint, attempts.form(attempt), content.bank(session.organisationId()), answers);
        return AttemptResult.of(score);
    }
}
