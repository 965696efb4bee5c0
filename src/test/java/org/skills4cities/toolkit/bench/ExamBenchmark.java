package org.skills4cities.toolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.exam.ExamPeople;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.ExamSessions;
import org.skills4cities.toolkit.exam.ExamTestConfiguration;
import org.skills4cities.toolkit.exam.MovableClock;
import org.skills4cities.toolkit.exam.SessionForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two thousand candidates of one exam session over HTTP, as browsers would be (see docs/benchmarks.md): they sign in
 * and check in during the check-in window; then all open the exam within a few seconds of the start; then each saves
 * 30 answers, as fast as the server answers, against the same clients reading the exam's clock (the trivial
 * endpoint, same session and checks, no write) as the ceiling; then the server closes and scores every attempt at the
 * end. Runs only when asked for:
 * {@code ./mvnw -o -B test -Dtest=ExamBenchmark -Dbenchmark=true -DargLine=-Xmx1g}; writes its figures to
 * {@code target/benchmark/exams.md}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "logging.level.root=WARN", "server.tomcat.threads.max=200"})
@Import(ExamTestConfiguration.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
class ExamBenchmark {

    static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 2000);
    static final int ANSWERS = Integer.getInteger("benchmark.answers", 30);
    static final int LOGIN_THREADS = Integer.getInteger("benchmark.login-threads", 8);
    static final int SAVE_THREADS = Integer.getInteger("benchmark.save-threads", 16);
    static final int START_THREADS = Integer.getInteger("benchmark.start-threads", 32);
    static final Duration ARRIVALS = Duration.ofSeconds(Long.getLong("benchmark.arrivals", 5));
    static final Path RESULTS = Path.of("target", "benchmark", "exams.md");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void embeddedDatabaseInTemporaryFolder(DynamicPropertyRegistry registry) {
        BenchmarkData.inFolder(registry, data);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    ExamSessions sessions;

    @Autowired
    MovableClock clock;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void twoThousandCandidatesCheckInStartWithinSecondsAndAnswerWithoutLosingAnAnswer() throws IOException {
        clock.set(Instant.now());
        ExamPeople people = ExamPeople.create(accounts, passwords, organisations);
        ZonedDateTime start =
                ZonedDateTime.now(ZoneId.of("Europe/Sofia")).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        ExamSession session = sessions.schedule(
                people.assessor(),
                people.body().id(),
                new SessionForm(
                        "SCPM",
                        start.toLocalDate().toString(),
                        start.toLocalTime().toString(),
                        "Europe/Sofia",
                        "",
                        "60",
                        String.valueOf(CANDIDATES),
                        false));
        long seeding = System.nanoTime();
        List<ExamCandidate> candidates = seed(session, people.assessor());
        seeding = System.nanoTime() - seeding;

        Phase checkIn = run(LOGIN_THREADS, candidates, index -> System.nanoTime(), (c, index) -> {
            int login = c.login(TestAccounts.PASSWORD);
            return login == 302 ? c.checkIn() : login;
        });
        assertThat(checkIn.statuses()).as("sign-in and check-in").containsOnly(302);

        clock.set(session.startsAt().plusSeconds(1));
        long spacing = ARRIVALS.toNanos() / CANDIDATES;
        long origin = System.nanoTime() + 200_000_000L;
        List<String> pages = new ArrayList<>(Collections.nCopies(CANDIDATES, ""));
        Phase starts = run(START_THREADS, candidates, index -> origin + index * spacing, (c, index) -> {
            HttpResponse<String> page = c.start();
            pages.set(index, page.body());
            return page.statusCode();
        });
        assertThat(starts.statuses()).as("starts").containsOnly(200);
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.get(i).read(pages.get(i));
        }
        pages.clear();
        assertThat(candidates).allSatisfy(c -> assertThat(c.questions()).hasSizeGreaterThanOrEqualTo(ANSWERS));

        clock.set(session.startsAt().plus(Duration.ofMinutes(10)));
        Phase reloads = rounds(candidates, 2, (c, round) -> c.page());
        Phase ceiling = rounds(candidates, 10, (c, round) -> c.clock());
        Phase saves = rounds(candidates, ANSWERS, (c, round) -> c.save(round, round + 1L));
        assertThat(reloads.statuses()).as("reloads").containsOnly(200);
        assertThat(ceiling.statuses()).as("clock").containsOnly(200);
        assertThat(saves.statuses()).as("saves").containsOnly(200);
        long stored = jdbc.queryForObject("""
                SELECT COUNT(*) FROM exam_answer w JOIN exam_attempt a ON a.id = w.attempt_id WHERE a.session_id = ?
                """, Long.class, session.id());
        assertThat(stored).as("answers in the database").isEqualTo((long) CANDIDATES * ANSWERS);

        long closing = System.nanoTime();
        clock.set(session.endsAt());
        while (open(session) > 0) {
            sleep(200);
        }
        closing = System.nanoTime() - closing;

        ExamReport.write(
                RESULTS,
                CANDIDATES,
                ANSWERS,
                Duration.ofNanos(seeding),
                checkIn,
                starts,
                ARRIVALS,
                reloads,
                ceiling,
                saves,
                stored,
                Duration.ofNanos(closing));
        System.out.println(Files.readString(RESULTS));
        assertThat(starts.sample().percentile(1.0)).as("slowest start, ms").isLessThanOrEqualTo(3000);
    }

    /** Accounts straight into the table (one password hash for all), registered in the session by SQL. */
    private List<ExamCandidate> seed(ExamSession session, Account by) {
        String hash = passwords.hash(TestAccounts.PASSWORD);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        List<ExamCandidate> candidates = new ArrayList<>();
        String base = "http://127.0.0.1:" + port;
        for (int i = 0; i < CANDIDATES; i++) {
            UUID id = UUID.randomUUID();
            UUID attempt = UUID.randomUUID();
            String email = "candidate-" + i + "@bench.example.org";
            rows.add(new Object[] {id, email, "Candidate " + i, hash, now});
            attempts.add(new Object[] {attempt, session.id(), id, now, by.id()});
            candidates.add(new ExamCandidate(client, base, email, attempt));
        }
        jdbc.batchUpdate("""
                INSERT INTO account (id, email, display_name, password_hash, language, status, platform_admin,
                                     totp_enabled, created_at)
                VALUES (?, ?, ?, ?, 'en', 'ACTIVE', FALSE, FALSE, ?)""", rows);
        jdbc.batchUpdate("""
                INSERT INTO exam_attempt (id, session_id, candidate_id, registered_at, registered_by)
                VALUES (?, ?, ?, ?, ?)""", attempts);
        jdbc.update("UPDATE exam_session SET seats_taken = ? WHERE id = ?", CANDIDATES, session.id());
        return candidates;
    }

    private int open(ExamSession session) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM exam_attempt WHERE session_id = ? AND closed_at IS NULL",
                Integer.class,
                session.id());
    }

    /** What one phase measured: every request's status and latency, and how long the phase took. */
    record Phase(List<Integer> statuses, HttpLoad.Sample sample) {

        double perSecond() {
            return statuses.size() / sample.seconds();
        }
    }

    /**
     * One task per candidate on {@code threads} threads, each started at its due time (in {@link System#nanoTime()}),
     * or as soon as a thread is free after it: its latency counts from the due time, so that a client thread that
     * came late does not hide the wait.
     */
    private static Phase run(int threads, List<ExamCandidate> candidates, IntToLongFunction due, Task task) {
        List<Callable<long[]>> calls = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ExamCandidate candidate = candidates.get(i);
            int index = i;
            calls.add(() -> {
                long from = due.applyAsLong(index);
                long wait = from - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                int status = task.run(candidate, index);
                return new long[] {status, System.nanoTime() - from};
            });
        }
        return measured(threads, calls);
    }

    /**
     * {@code count} rounds over all candidates from {@link #SAVE_THREADS} threads, each thread with its own share of
     * the candidates, sending its next request as soon as the last is answered.
     */
    private Phase rounds(List<ExamCandidate> candidates, int count, Request request) {
        List<Callable<long[]>> calls = new ArrayList<>();
        for (int t = 0; t < SAVE_THREADS; t++) {
            int thread = t;
            calls.add(() -> {
                List<Long> results = new ArrayList<>();
                for (int round = 0; round < count; round++) {
                    for (int c = thread; c < candidates.size(); c += SAVE_THREADS) {
                        ExamCandidate candidate = candidates.get(c);
                        long sent = System.nanoTime();
                        int status =
                                candidate.send(request.of(candidate, round)).statusCode();
                        results.add((long) status);
                        results.add(System.nanoTime() - sent);
                    }
                }
                return results.stream().mapToLong(Long::longValue).toArray();
            });
        }
        return measured(SAVE_THREADS, calls);
    }

    private static Phase measured(int threads, List<Callable<long[]>> calls) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            List<Future<long[]>> running = pool.invokeAll(calls);
            List<Integer> statuses = new ArrayList<>();
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> future : running) {
                long[] pairs = future.get();
                for (int i = 0; i < pairs.length; i += 2) {
                    statuses.add((int) pairs[i]);
                    latencies.add(pairs[i + 1]);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
            return new Phase(statuses, new HttpLoad.Sample(all.length, 0, seconds, all));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client thread failed", e.getCause());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A candidate's part in a phase; answers the HTTP status it ended with. */
    interface Task {
        int run(ExamCandidate candidate, int index) throws Exception;
    }

    /** The request a candidate sends in a round. */
    interface Request {
        HttpRequest of(ExamCandidate candidate, int round);
    }
}
