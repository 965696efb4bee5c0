package org.skills4cities.toolkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/** The exam benchmark's figures as a Markdown section, to be copied into docs/benchmarks.md. */
final class ExamReport {

    private ExamReport() {}

    static void write(
            Path file,
            int candidates,
            int answers,
            Duration seeding,
            ExamBenchmark.Phase checkIn,
            ExamBenchmark.Phase starts,
            Duration arrivals,
            ExamBenchmark.Phase reloads,
            ExamBenchmark.Phase ceiling,
            ExamBenchmark.Phase saves,
            long stored,
            Duration closing)
            throws IOException {
        String text = String.format(
                Locale.ROOT,
                """
                Measured on %s on %d cores (%s), %s %s, -Xmx%dm, embedded H2 (file), client threads in the same \
                JVM; seeding %d candidates took %d ms; load average %s after the run.

                | phase | requests | took s | per s | p50 ms | p99 ms | max ms |
                |---|---:|---:|---:|---:|---:|---:|
                | sign-in and check-in (4 requests each, %d threads) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |
                | start: the exam page, arrivals spread over %d s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |
                | reload: the exam page again, as fast as answered (%d threads) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |
                | ceiling: the exam's clock (%d threads) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |
                | answer saves (%d threads) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |

                Answers in the database: %d of %d sent. The sign-ins and check-ins took %.1f %% of a 60-minute \
                check-in window. The save's p99 is %.2f × the clock's, its throughput %.2f × the clock's. Closing \
                and scoring all %d attempts at the end took %.1f s.
                """,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                BenchmarkReport.cpu(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                candidates,
                seeding.toMillis(),
                BenchmarkReport.loadAverage(),
                ExamBenchmark.LOGIN_THREADS,
                checkIn.statuses().size(),
                checkIn.sample().seconds(),
                checkIn.perSecond(),
                checkIn.sample().percentile(0.5),
                checkIn.sample().percentile(0.99),
                checkIn.sample().percentile(1.0),
                arrivals.toSeconds(),
                starts.statuses().size(),
                starts.sample().seconds(),
                starts.perSecond(),
                starts.sample().percentile(0.5),
                starts.sample().percentile(0.99),
                starts.sample().percentile(1.0),
                ExamBenchmark.SAVE_THREADS,
                reloads.statuses().size(),
                reloads.sample().seconds(),
                reloads.perSecond(),
                reloads.sample().percentile(0.5),
                reloads.sample().percentile(0.99),
                reloads.sample().percentile(1.0),
                ExamBenchmark.SAVE_THREADS,
                ceiling.statuses().size(),
                ceiling.sample().seconds(),
                ceiling.perSecond(),
                ceiling.sample().percentile(0.5),
                ceiling.sample().percentile(0.99),
                ceiling.sample().percentile(1.0),
                ExamBenchmark.SAVE_THREADS,
                saves.statuses().size(),
                saves.sample().seconds(),
                saves.perSecond(),
                saves.sample().percentile(0.5),
                saves.sample().percentile(0.99),
                saves.sample().percentile(1.0),
                stored,
                (long) candidates * answers,
                100 * checkIn.sample().seconds() / 3600,
                saves.sample().percentile(0.99) / ceiling.sample().percentile(0.99),
                saves.perSecond() / ceiling.perSecond(),
                candidates,
                closing.toMillis() / 1000.0);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
