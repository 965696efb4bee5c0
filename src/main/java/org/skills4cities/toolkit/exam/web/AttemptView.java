package org.skills4cities.toolkit.exam.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.Answers.Kept;
import org.skills4cities.toolkit.exam.AttemptState;
import org.skills4cities.toolkit.exam.ExamAttempt;
import org.skills4cities.toolkit.exam.ExamForm;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.FormQuestion;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attempt's page shows, by where it stands: the check-in, the waiting room (with the time to the start), the
 * exam (the form, the answers kept so far, the time left by the server's clock, the CSRF header for the saves) or the
 * result against the pass marks. Which options are correct is never in it.
 */
public record AttemptView(
        ExamAttempt attempt,
        AttemptState state,
        String roleTitle,
        Instant now,
        @Nullable ExamForm form,
        Map<String, Kept> kept,
        Map<String, String> areaTitles,
        @Nullable BigDecimal passMark,
        String csrfHeader,
        String csrfToken) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public AttemptView {
        kept = Map.copyOf(kept);
        areaTitles = Map.copyOf(areaTitles);
    }

    public String area(String code) {
        return areaTitles.getOrDefault(code, code);
    }

    /** The session's end as the page's script counts down to it: milliseconds since the epoch, by the server. */
    public long endsAtMs() {
        return session().endsAt().toEpochMilli();
    }

    public ExamSession session() {
        return attempt.session();
    }

    public List<FormQuestion> questions() {
        return form == null ? List.of() : form.questions();
    }

    public long startsInMs() {
        return Math.max(0, Duration.between(now, session().startsAt()).toMillis());
    }

    public long remainingMs() {
        return Math.max(0, Duration.between(now, session().endsAt()).toMillis());
    }

    public boolean chosen(FormQuestion question, String option) {
        Kept answer = kept.get(question.key());
        return answer != null && answer.options().contains(option);
    }

    /** The kept answers as the page's script reads them: {@code {"A.1-1":{"options":["b"],"seq":4}, …}}. */
    public String keptJson() {
        return JSON.writeValueAsString(kept);
    }

    public long maxSeq() {
        return kept.values().stream().mapToLong(Kept::seq).max().orElse(0);
    }
}
