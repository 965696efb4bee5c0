package org.skills4cities.toolkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The certificate benchmark's figures as a Markdown section, to be copied into docs/benchmarks.md: the bare signature
 * operations, what the platform does with certificates as a ratio to them, and the credential steps one by one.
 */
final class CertificateReport {

    /** Operations done in a time, all threads together. */
    record Rate(int operations, double seconds) {

        double perSecond() {
            return operations / seconds;
        }

        double millisEach() {
            return 1000 / perSecond();
        }
    }

    private record Step(String what, Rate rate) {}

    private final int payloadBytes;
    private final int candidates;
    private final Duration seeding;
    private final String loadBefore = BenchmarkReport.loadAverage();
    private final List<Step> steps = new ArrayList<>();
    private Rate edSign = new Rate(0, 1);
    private Rate ecSign = new Rate(0, 1);
    private Rate edVerify = new Rate(0, 1);
    private Rate ecVerify = new Rate(0, 1);
    private Rate edVerifyThreads = new Rate(0, 1);
    private Rate ecVerifyThreads = new Rate(0, 1);
    private Rate issuance = new Rate(0, 1);
    private Rate pdfs = new Rate(0, 1);
    private Rate verifyJson = new Rate(0, 1);
    private Rate verifyJwt = new Rate(0, 1);
    private Rate verifyStored = new Rate(0, 1);
    private int clients;
    private HttpLoad.Sample httpJson = new HttpLoad.Sample(0, 0, 1, new long[] {0});
    private HttpLoad.Sample httpJwt = new HttpLoad.Sample(0, 0, 1, new long[] {0});

    CertificateReport(int payloadBytes, int candidates, Duration seeding) {
        this.payloadBytes = payloadBytes;
        this.candidates = candidates;
        this.seeding = seeding;
    }

    void edSign(Rate rate) {
        edSign = rate;
    }

    void ecSign(Rate rate) {
        ecSign = rate;
    }

    void edVerify(Rate rate) {
        edVerify = rate;
    }

    void ecVerify(Rate rate) {
        ecVerify = rate;
    }

    void edVerifyThreads(Rate rate) {
        edVerifyThreads = rate;
    }

    void ecVerifyThreads(Rate rate) {
        ecVerifyThreads = rate;
    }

    void issuance(Rate rate) {
        issuance = rate;
    }

    void pdfs(Rate rate) {
        pdfs = rate;
    }

    void verifyJson(Rate rate) {
        verifyJson = rate;
    }

    void verifyJwt(Rate rate) {
        verifyJwt = rate;
    }

    void verifyStored(Rate rate) {
        verifyStored = rate;
    }

    void step(String what, Rate rate) {
        steps.add(new Step(what, rate));
    }

    void http(int clients, HttpLoad.Sample json, HttpLoad.Sample jwt) {
        this.clients = clients;
        this.httpJson = json;
        this.httpJwt = jwt;
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                """
                Measured on %s on %d cores (%s), %s %s, -Xmx%dm, embedded H2 (file); the credential used for the \
                bare operations is %d bytes of JSON. Seeding %d candidates took %d s. Load average %s before the \
                measurements, %s after.

                """,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                BenchmarkReport.cpu(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                payloadBytes,
                candidates,
                seeding.toSeconds(),
                loadBefore,
                BenchmarkReport.loadAverage()));
        text.append("| bare operation | threads | operations | s | per s | ms each |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        bare(text, "Ed25519 signature (JDK)", 1, edSign);
        bare(text, "ES256 signature (JDK `SHA256withECDSA`)", 1, ecSign);
        bare(text, "Ed25519 verification (JDK)", 1, edVerify);
        bare(text, "ES256 verification (JDK)", 1, ecVerify);
        bare(text, "Ed25519 verification (JDK)", clients, edVerifyThreads);
        bare(text, "ES256 verification (JDK)", clients, ecVerifyThreads);
        text.append("\n| platform operation | threads | done | s | per s | against | ratio | = bare operations |\n");
        text.append("|---|---:|---:|---:|---:|---|---:|---:|\n");
        platform(text, "bulk issuance (`issueForSession`), credentials", 1, issuance, "Ed25519 signatures", edSign);
        platform(
                text,
                "PDF certificates (`CertificateFiles.pdf`), six languages",
                1,
                pdfs,
                "Ed25519 signatures",
                edSign);
        platform(text, "verification of the JSON credential", 1, verifyJson, "Ed25519 verifications", edVerify);
        platform(text, "verification of the VC-JWT", 1, verifyJwt, "ES256 verifications", ecVerify);
        platform(
                text,
                "verification by identifier (`Verifications.certificate`)",
                1,
                verifyStored,
                "Ed25519 verifications",
                edVerify);
        http(text, "HTTP `POST /api/v1/credentials/verify`, JSON", httpJson, "Ed25519 verifications", edVerifyThreads);
        http(text, "HTTP `POST /api/v1/credentials/verify`, JWT", httpJwt, "ES256 verifications", ecVerifyThreads);
        text.append(String.format(
                Locale.ROOT,
                """

                The signatures alone would allow %.1f credentials per second (one Ed25519 and one ES256 signature \
                each); bulk issuance reached %.2f of that.

                | step, one thread | per s | ms each | = Ed25519 signatures |
                |---|---:|---:|---:|
                """,
                1 / (1 / edSign.perSecond() + 1 / ecSign.perSecond()),
                issuance.perSecond() / (1 / (1 / edSign.perSecond() + 1 / ecSign.perSecond()))));
        for (Step step : steps) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.2f | %.1f |%n",
                    step.what(),
                    step.rate().perSecond(),
                    step.rate().millisEach(),
                    edSign.perSecond() / step.rate().perSecond()));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void bare(StringBuilder text, String what, int threads, Rate rate) {
        text.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.0f | %.3f |%n",
                what,
                threads,
                rate.operations(),
                rate.seconds(),
                rate.perSecond(),
                rate.millisEach()));
    }

    private static void platform(StringBuilder text, String what, int threads, Rate rate, String against, Rate bare) {
        text.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %s | **%.4f** | %.0f |%n",
                what,
                threads,
                rate.operations(),
                rate.seconds(),
                rate.perSecond(),
                against,
                rate.perSecond() / bare.perSecond(),
                bare.perSecond() / rate.perSecond()));
    }

    private void http(StringBuilder text, String what, HttpLoad.Sample sample, String against, Rate bare) {
        text.append(String.format(
                Locale.ROOT,
                "| %s (p50 %.1f ms, p99 %.1f ms) | %d clients | %d | %.1f | %.1f | %s, %d threads | **%.4f** | %.0f |%n",
                what,
                sample.percentile(0.5),
                sample.percentile(0.99),
                clients,
                sample.answers(),
                sample.seconds(),
                sample.perSecond(),
                against,
                clients,
                sample.perSecond() / bare.perSecond(),
                bare.perSecond() / sample.perSecond()));
    }
}
