package org.skills4cities.toolkit.validation;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.skills4cities.toolkit.exam.ExamAttempt;
import org.skills4cities.toolkit.exam.ExamAttempts;
import org.skills4cities.toolkit.exam.ExamResultRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the exam results the exam module reports on the candidate's open case for the role, if it waits in
 * certification: a pass after a validated decision makes the case ready for certification; a fail leaves it waiting
 * for a retake. A result for someone without such a case is logged and left, and recorded when their case reaches
 * certification later; the same attempt twice is recorded once.
 */
@Component
class ExamResults {

    private static final Logger log = LoggerFactory.getLogger(ExamResults.class);

    private final Steps steps;
    private final CaseRecords records;
    private final ExamAttempts attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExamResults(
            Steps steps, CaseRecords records, ExamAttempts attempts, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.attempts = attempts;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ExamResultRecorded result) {
        record(result);
    }

    /**
     * Records, on a case that has just reached certification, the exams of its role the candidate took and had scored
     * before, oldest first, so that an exam passed before the assessors' decision counts; gives the case as it then is.
     */
    CaseFile recordEarlier(CaseFile file) {
        ValidationCase entered = file.validationCase();
        attempts.ofCandidate(entered.candidate()).stream()
                .filter(a -> a.result() != null && a.closedAt() != null)
                .filter(a ->
                        a.session().frameworkSlug().equals(entered.framework().slug())
                                && a.session().roleCode().equals(entered.role()))
                .sorted(Comparator.comparing(ExamAttempt::closedAt))
                .forEach(a -> record(new ExamResultRecorded(
                        a.id(),
                        a.candidateId(),
                        a.session().frameworkSlug(),
                        a.session().roleCode(),
                        a.result().passed(),
                        a.result().percent(),
                        a.closedAt())));
        return steps.file(entered.id()).orElseThrow();
    }

    private void record(ExamResultRecorded result) {
        Optional<UUID> open = records.openCase(result.candidateId(), result.frameworkSlug(), result.roleCode());
        Optional<CaseFile> waiting = open.flatMap(steps::file).filter(f -> f.phase() == Phase.CERTIFICATION);
        if (waiting.isEmpty()) {
            log.warn(
                    "Exam attempt {} of {} for {} {} not recorded: no case of theirs waits in certification",
                    result.attemptId(),
                    result.candidateId(),
                    result.frameworkSlug(),
                    result.roleCode());
            return;
        }
        if (waiting.get().exams().stream().anyMatch(e -> e.attemptId().equals(result.attemptId()))) {
            return;
        }
        CaseFile file = steps.take(null, waiting.get().id(), Transition.RECORD_EXAM, f -> {
            records.exam(f.id(), result.attemptId(), result.passed(), result.percent(), result.closedAt());
            String comment =
                    (result.passed() ? "passed " : "failed ") + result.percent().toPlainString() + " %";
            boolean ready = result.passed() && f.validationCase().decision() == Decision.VALIDATED;
            return new Move(f.phase(), ready ? Outcome.READY_FOR_CERTIFICATION : null, comment);
        });
        ValidationCase done = file.validationCase();
        if (done.outcome() == Outcome.READY_FOR_CERTIFICATION) {
            events.publishEvent(new CaseReadyForCertification(
                    done.id(), done.candidate(), done.body(), done.framework(), done.role(), clock.instant()));
        }
    }
}
