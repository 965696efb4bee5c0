package org.skills4cities.toolkit.exam.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.Answers;
import org.skills4cities.toolkit.exam.ExamAttempt;
import org.skills4cities.toolkit.exam.ExamAttempts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the exam page's script talks to, in the signed-in session with its CSRF token (not the Bearer API): the save of
 * one answer with its sequence number, and the server's clock, which the waiting room and the exam ask now and then
 * to correct their countdown (and which keeps the session alive while a candidate thinks).
 */
@RestController
class AttemptEndpoints {

    private final Answers answers;
    private final ExamAttempts attempts;
    private final Candidates candidates;
    private final Clock clock;

    AttemptEndpoints(Answers answers, ExamAttempts attempts, Candidates candidates, Clock clock) {
        this.answers = answers;
        this.attempts = attempts;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** One answer: the question's key, the options chosen (none to clear it) and the page's sequence number. */
    record AnswerRequest(
            @Nullable String question, @Nullable List<String> options, long seq) {}

    /** Where the attempt stands by the server's clock, and how long until the start and the end. */
    record ClockReading(String state, Instant serverTime, long startsInMs, long remainingMs) {}

    @PostMapping("/exams/attempts/{id}/answers")
    Answers.Saved save(@PathVariable String id, @RequestBody AnswerRequest answer, Principal principal) {
        return answers.save(
                candidates.of(principal),
                ExamPageErrors.uuid(id),
                answer.question() == null ? "" : answer.question(),
                new LinkedHashSet<>(answer.options() == null ? List.of() : answer.options()),
                answer.seq());
    }

    @GetMapping("/exams/attempts/{id}/clock")
    ClockReading clock(@PathVariable String id, Principal principal) {
        UUID attemptId = ExamPageErrors.uuid(id);
        ExamAttempt attempt = attempts.of(candidates.of(principal), attemptId);
        Instant now = clock.instant();
        return new ClockReading(
                attempt.state(now).code(),
                now,
                Math.max(0, Duration.between(now, attempt.session().startsAt()).toMillis()),
                Math.max(0, Duration.between(now, attempt.session().endsAt()).toMillis()));
    }
}
