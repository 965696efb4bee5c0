package org.skills4cities.toolkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's figures as a Markdown section, to be copied into docs/benchmarks.md. */
final class BenchmarkReport {

    private BenchmarkReport() {}

    /** One endpoint measured computing its answers and answering precomputed ones, and the ratio it should reach. */
    record Row(
            String what,
            String path,
            double target,
            int bytes,
            String loadAverage,
            HttpLoad.Sample computed,
            HttpLoad.Sample precomputed) {

        double throughputRatio() {
            return computed.perSecond() / precomputed.perSecond();
        }

        double p99Ratio() {
            return precomputed.percentile(0.99) / computed.percentile(0.99);
        }

        boolean met() {
            return throughputRatio() >= target && p99Ratio() >= target;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %d | %d | %.1f | %.1f | **%.2f** | %.2f | %.2f | %.2f | %.2f | **%.2f** | %.1f "
                            + "| %s | %s |",
                    what,
                    path,
                    bytes,
                    computed.answers(),
                    computed.perSecond(),
                    precomputed.perSecond(),
                    throughputRatio(),
                    computed.percentile(0.5),
                    precomputed.percentile(0.5),
                    computed.percentile(0.99),
                    precomputed.percentile(0.99),
                    p99Ratio(),
                    target,
                    met() ? "met" : "missed",
                    loadAverage);
        }
    }

    static void write(
            Path file,
            int assessments,
            int cities,
            int threads,
            Duration warmUp,
            Duration measured,
            int rounds,
            Duration seeding,
            Duration precomputing,
            List<Row> rows)
            throws IOException {
        String text = String.format(
                Locale.ROOT,
                """
                Measured on %s on %d cores (%s), %s %s, -Xmx%dm, embedded H2 (file), %d assessments of %d cities; \
                %d client threads in the same JVM; per endpoint %d s warm-up each way, then %d rounds of %d s \
                precomputed and %d s computed. Seeding took %d s, precomputing the answers %d s.

                | what | path | bytes | answers | req/s | precomputed req/s | throughput ratio | p50 ms \
                | precomputed p50 ms | p99 ms | precomputed p99 ms | p99 ratio | target | | load average |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
                %s
                """,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                cpu(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                assessments,
                cities,
                threads,
                warmUp.toSeconds(),
                rounds,
                measured.toSeconds(),
                measured.toSeconds(),
                seeding.toSeconds(),
                precomputing.toSeconds(),
                rows.stream().map(Row::line).collect(Collectors.joining("\n")));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The machine's load average over the last minute, as the kernel gives it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
