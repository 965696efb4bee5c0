package org.skills4cities.toolkit.exam.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.exam.ExamAttempts.Candidate;
import org.skills4cities.toolkit.exam.ExamSession;

/**
 * What one session's page shows the body's assessors: the session, its candidates with where each attempt stands
 * (and the result once closed), and the form to register another candidate by email with its refusal, if any.
 */
public record SessionView(
        Organisation body,
        ExamSession session,
        String roleTitle,
        List<Candidate> candidates,
        Instant now,
        String email,
        @Nullable String refusal,
        @Nullable String notice) {

    public SessionView {
        candidates = List.copyOf(candidates);
    }

    public String base() {
        return "/organisations/" + body.id() + "/exams/" + session.id();
    }
}
