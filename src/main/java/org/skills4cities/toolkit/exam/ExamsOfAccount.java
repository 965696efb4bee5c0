package org.skills4cities.toolkit.exam;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.account.PersonalDataSource;
import org.springframework.stereotype.Component;

/** An account's exam attempts, with their sessions, the answers kept and the results, in its personal-data download. */
@Component
class ExamsOfAccount implements PersonalDataSource {

    private final ExamAttempts attempts;
    private final Answers answers;

    ExamsOfAccount(ExamAttempts attempts, Answers answers) {
        this.attempts = attempts;
        this.answers = answers;
    }

    /** One attempt and the answers kept for it, by question. */
    record Held(ExamAttempt attempt, Map<String, Answers.Kept> answers) {}

    @Override
    public String section() {
        return "exams";
    }

    @Override
    public Object of(UUID account) {
        List<ExamAttempt> mine = attempts.ofCandidate(account);
        return mine.stream().map(a -> new Held(a, answers.kept(a.id()))).toList();
    }
}
