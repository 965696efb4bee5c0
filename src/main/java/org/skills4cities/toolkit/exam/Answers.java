package org.skills4cities.toolkit.exam;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.account.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers saved as the candidate gives them, each with a sequence number: per question the server keeps the answer
 * with the highest number it has seen, so a save sent twice changes nothing and is answered the same way, and an older
 * save arriving after a newer one never overwrites it. Only between the start and the end of the session: at the end
 * the attempt is closed (here, if the scheduled job has not yet done it) and every later save is refused, from any
 * device. Saves of one attempt and its closing take the attempt's row lock, so the score counts every save that was
 * accepted.
 */
@Service
public class Answers {

    private static final int MAX_SHEETS = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExamAttempts attempts;
    private final FormLayouts layouts;
    private final AttemptClosing closing;
    private final TransactionTemplate transaction;
    private final Map<UUID, Sheet> sheets = new ConcurrentHashMap<>();

    Answers(
            JdbcClient jdbc,
            Clock clock,
            ExamAttempts attempts,
            FormLayouts layouts,
            AttemptClosing closing,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attempts = attempts;
        this.layouts = layouts;
        this.closing = closing;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** An answer as kept: the options chosen and the sequence number it came with. */
    public record Kept(Set<String> options, long seq) {}

    /**
     * What a save came to: whether this save is the one kept for the question ({@code false} when a newer one was
     * there), the sequence number kept, and the server's time and the time left, for the page's countdown.
     */
    public record Saved(String question, long seq, boolean kept, long keptSeq, Instant serverTime, long remainingMs) {}

    /**
     * Saves an answer of the candidate's attempt.
     *
     * @throws AttemptClosed at or after the session's end
     * @throws AnswerRefused before the start, or for a question or option not on the form
     */
    public Saved save(Account candidate, UUID attemptId, String question, Set<String> options, long seq) {
        Sheet sheet = sheet(candidate, attemptId);
        Instant now = clock.instant();
        if (!now.isBefore(sheet.endsAt())) {
            closing.close(attemptId);
            throw new AttemptClosed(sheet.endsAt(), sheet.zone());
        }
        if (now.isBefore(sheet.startsAt())) {
            throw new AnswerRefused("notStarted", sheet.startsAt().atZone(sheet.zone()));
        }
        check(sheet, question, options, seq);
        String chosen = String.join(",", new TreeSet<>(options));
        Kept kept = transaction.execute(status -> write(sheet, attemptId, question, chosen, seq, now));
        return new Saved(
                question,
                seq,
                kept.seq() == seq && String.join(",", kept.options()).equals(chosen),
                kept.seq(),
                now,
                Duration.between(now, sheet.endsAt()).toMillis());
    }

    /** The answers kept for an attempt, by question. */
    public Map<String, Kept> kept(UUID attemptId) {
        Map<String, Kept> kept = new LinkedHashMap<>();
        jdbc.sql("SELECT question, options, seq FROM exam_answer WHERE attempt_id = ?")
                .param(attemptId)
                .query(rs -> {
                    kept.put(rs.getString("question"), new Kept(options(rs.getString("options")), rs.getLong("seq")));
                });
        return kept;
    }

    private Kept write(Sheet sheet, UUID attemptId, String question, String chosen, long seq, Instant now) {
        int open = jdbc.sql("UPDATE exam_attempt SET last_saved_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(now), attemptId)
                .update();
        Timestamp closed = jdbc.sql("SELECT closed_at FROM exam_attempt WHERE id = ?")
                .param(attemptId)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        if (open == 0 || closed != null) {
            throw new AttemptClosed(closed == null ? now : closed.toInstant(), sheet.zone());
        }
        int newer = jdbc.sql("""
                        UPDATE exam_answer SET options = ?, seq = ?, saved_at = ?
                        WHERE attempt_id = ? AND question = ? AND seq < ?
                        """)
                .params(chosen, seq, Timestamp.from(now), attemptId, question, seq)
                .update();
        if (newer == 1) {
            return new Kept(options(chosen), seq);
        }
        // no other save of this attempt runs until this one commits (the attempt's row is locked above), so the
        // answer cannot have been inserted since it was looked for
        return stored(attemptId, question).orElseGet(() -> {
            jdbc.sql("""
                            INSERT INTO exam_answer (attempt_id, question, options, seq, saved_at)
                            VALUES (?, ?, ?, ?, ?)
                            """)
                    .params(attemptId, question, chosen, seq, Timestamp.from(now))
                    .update();
            return new Kept(options(chosen), seq);
        });
    }

    private Optional<Kept> stored(UUID attemptId, String question) {
        return jdbc.sql("SELECT options, seq FROM exam_answer WHERE attempt_id = ? AND question = ?")
                .params(attemptId, question)
                .query((rs, n) -> new Kept(options(rs.getString("options")), rs.getLong("seq")))
                .optional();
    }

    /** The largest sequence number a browser can count to exactly (2^53 - 1, JavaScript's safe integers). */
    static final long MAX_SEQ = 9_007_199_254_740_991L;

    private static void check(Sheet sheet, String question, Set<String> options, long seq) {
        if (seq < 1 || seq > MAX_SEQ) {
            throw new AnswerRefused("badSeq");
        }
        Set<String> allowed = sheet.questions().get(question);
        if (allowed == null) {
            throw new AnswerRefused("unknownQuestion", question);
        }
        for (String option : options) {
            if (option == null || !allowed.contains(option)) {
                throw new AnswerRefused("unknownOption", String.valueOf(option), question);
            }
        }
    }

    private static Set<String> options(String stored) {
        return stored.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(stored.split(",")));
    }

    /**
     * What a save checks of its attempt, kept in memory: whose it is, when it opens and closes, and the form's
     * questions with their options. None of it changes after check-in.
     */
    private record Sheet(
            UUID candidateId, Instant startsAt, Instant endsAt, ZoneId zone, Map<String, Set<String>> questions) {}

    private Sheet sheet(Account candidate, UUID attemptId) {
        Sheet sheet = sheets.get(attemptId);
        if (sheet == null) {
            ExamAttempt attempt = attempts.of(candidate, attemptId);
            if (attempt.checkedInAt() == null) {
                if (!clock.instant().isBefore(attempt.session().endsAt())) {
                    throw new AttemptClosed(
                            attempt.session().endsAt(), attempt.session().zone());
                }
                throw new AnswerRefused("notCheckedIn");
            }
            Map<String, Set<String>> questions = new LinkedHashMap<>();
            layouts.read(attempts.storedLayout(attemptId))
                    .forEach((key, order) -> questions.put(key, Set.copyOf(order)));
            sheet = new Sheet(
                    candidate.id(),
                    attempt.session().startsAt(),
                    attempt.session().endsAt(),
                    attempt.session().zone(),
                    Map.copyOf(questions));
            if (sheets.size() >= MAX_SHEETS) {
                sheets.clear();
            }
            sheets.put(attemptId, sheet);
        }
        if (!sheet.candidateId().equals(candidate.id())) {
            throw new ExamNotFound("exam attempt " + attemptId);
        }
        return sheet;
    }
}
