package org.skills4cities.toolkit.exam;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.event.TransactionalEventListener;

/** For the exam tests: a clock they move by hand, and the results the exam published, heard after each commit. */
@TestConfiguration
public class ExamTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Instant.now());
    }

    @Bean
    ResultsHeard resultsHeard() {
        return new ResultsHeard();
    }

    /** Every {@link ExamResultRecorded} heard, from any thread, once its transaction committed. */
    public static class ResultsHeard {

        private final List<ExamResultRecorded> heard = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void hear(ExamResultRecorded result) {
            heard.add(result);
        }

        public List<ExamResultRecorded> of(java.util.UUID attemptId) {
            return heard.stream().filter(r -> r.attemptId().equals(attemptId)).toList();
        }
    }
}
