package org.skills4cities.toolkit.exam.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.AttemptState;
import org.skills4cities.toolkit.exam.ExamAttempt;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.ExamSessions.OpenSession;

/**
 * What a candidate's exams page shows: their attempts with where each stands (check in, wait, take, result), the
 * sessions open for registration, a notice or a refusal in the page's language, and the roles' titles.
 */
public record MyExamsView(
        List<ExamAttempt> attempts,
        List<OpenSession> open,
        Map<String, String> roleTitles,
        Instant now,
        @Nullable String notice,
        @Nullable String refusal) {

    public MyExamsView {
        attempts = List.copyOf(attempts);
        open = List.copyOf(open);
        roleTitles = Map.copyOf(roleTitles);
    }

    public AttemptState state(ExamAttempt attempt) {
        return attempt.state(now);
    }

    public String role(ExamSession session) {
        return roleTitles.getOrDefault(session.roleCode(), session.roleCode());
    }

    /** Whether the candidate already holds a place in this session. */
    public boolean registered(ExamSession session) {
        return attempts.stream().anyMatch(a -> a.session().id().equals(session.id()));
    }
}
