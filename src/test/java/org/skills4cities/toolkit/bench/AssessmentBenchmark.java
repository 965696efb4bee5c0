package org.skills4cities.toolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.assessment.PrecomputedGapReports;
import org.skills4cities.toolkit.assessment.PrecomputedTeamViews;
import org.skills4cities.toolkit.assessment.TeamShares;
import org.skills4cities.toolkit.assessment.web.PrecomputedReportContent;
import org.skills4cities.toolkit.bench.BenchmarkData.City;
import org.skills4cities.toolkit.bench.BenchmarkData.Member;
import org.skills4cities.toolkit.bench.BenchmarkReport.Row;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gap reports and team views over 10,000 stored assessments, measured over HTTP against the same endpoints answering
 * from precomputed reports, in the same run (see docs/benchmarks.md). Runs only when asked for:
 * {@code ./mvnw -o -B test -Dtest=AssessmentBenchmark -Dbenchmark=true -DargLine=-Xmx1g}; writes its figures to
 * {@code target/benchmark/assessments.md}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "logging.level.root=WARN",
            // the production default (the test configuration reads offers on every request)
            "toolkit.offers.refresh=5s"
        })
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
class AssessmentBenchmark {

    static final int CITIES = Integer.getInteger("benchmark.cities", 100);
    static final int MEMBERS = Integer.getInteger("benchmark.members", 100);
    static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warm-up", 8));
    static final Duration MEASURED = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    static final Path RESULTS = Path.of("target", "benchmark", "assessments.md");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void embeddedDatabaseInTemporaryFolder(DynamicPropertyRegistry registry) {
        BenchmarkData.inFolder(registry, data);
    }

    /** The computation of the benchmarked endpoints, switchable to answers computed beforehand. */
    @TestConfiguration
    static class Precomputation {

        @Bean
        @Primary
        PrecomputedGapReports precomputedGapReports(Assessments assessments, Curricula curricula) {
            return new PrecomputedGapReports(assessments, curricula);
        }

        @Bean
        @Primary
        PrecomputedReportContent precomputedReportContent(CourseOffers offers, MessageSource messages) {
            return new PrecomputedReportContent(offers, messages);
        }

        @Bean
        @Primary
        PrecomputedTeamViews precomputedTeamViews(
                TeamShares shares, Assessments assessments, FrameworkCatalogue catalogue, Curricula curricula) {
            return new PrecomputedTeamViews(shares, assessments, catalogue, curricula);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    Curricula curricula;

    @Autowired
    Assessments assessments;

    @Autowired
    PrecomputedGapReports reports;

    @Autowired
    PrecomputedReportContent content;

    @Autowired
    PrecomputedTeamViews teams;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void measuresGapReportsAndTeamViewsAgainstTheSameEndpointsAnsweringPrecomputedReports() throws IOException {
        Framework framework = catalogue.get("skills4cities");
        long seeding = System.nanoTime();
        List<City> cities =
                BenchmarkData.seed(jdbc, framework, curricula.of(framework).orElseThrow(), CITIES, MEMBERS, 4711);
        List<Member> members =
                cities.stream().flatMap(c -> c.members().stream()).toList();
        seeding = System.nanoTime() - seeding;
        long precomputing = System.nanoTime();
        for (Member member : members) {
            GapReport report = reports.precompute(assessments.get(member.assessment()));
            content.precompute(report);
        }
        List<String> roles = framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .map(RoleProfile::code)
                .toList();
        for (City city : cities) {
            roles.forEach(role -> teams.precompute(city.organisation(), framework.slug(), role));
        }
        precomputing = System.nanoTime() - precomputing;

        Function<Random, HttpRequest> gapReport = random -> {
            Member member = members.get(random.nextInt(members.size()));
            return get(
                    "/api/v1/assessments/" + member.assessment() + "/gap-report?lang=" + language(random),
                    member.token());
        };
        List<Row> rows = new ArrayList<>();
        rows.add(measure("gap report", "/api/v1/assessments/{id}/gap-report", 0.5, gapReport, on -> {
            reports.answerPrecomputed(on);
            content.answerPrecomputed(on);
        }));

        Function<Random, HttpRequest> teamView = random -> {
            City city = cities.get(random.nextInt(cities.size()));
            return get(
                    "/api/v1/organisations/" + city.organisation() + "/team?role="
                            + roles.get(random.nextInt(roles.size())) + "&lang=" + language(random),
                    city.hrToken());
        };
        rows.add(measure("team view", "/api/v1/organisations/{id}/team", 0.5, teamView, teams::answerPrecomputed));

        BenchmarkReport.write(
                RESULTS,
                members.size(),
                cities.size(),
                THREADS,
                WARM_UP,
                MEASURED,
                ROUNDS,
                Duration.ofNanos(seeding),
                Duration.ofNanos(precomputing),
                rows);
        System.out.println(Files.readString(RESULTS));
    }

    /**
     * Warms both ways up, checks that they give the same answers, then measures them in turns with the same requests
     * (the same seed for both in each round), precomputed first.
     */
    private Row measure(
            String what,
            String path,
            double target,
            Function<Random, HttpRequest> requests,
            Consumer<Boolean> switcher) {
        HttpLoad load = new HttpLoad(client, THREADS);
        switcher.accept(false);
        load.run(WARM_UP, 1, requests);
        switcher.accept(true);
        load.run(WARM_UP, 1, requests);
        int bytes = sameAnswers(requests, switcher);
        String loadBefore = BenchmarkReport.loadAverage();
        List<HttpLoad.Sample> computed = new ArrayList<>();
        List<HttpLoad.Sample> precomputed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            switcher.accept(true);
            precomputed.add(load.run(MEASURED, 100 + round, requests));
            switcher.accept(false);
            computed.add(load.run(MEASURED, 100 + round, requests));
        }
        Row row = new Row(
                what,
                path,
                target,
                bytes,
                loadBefore + " → " + BenchmarkReport.loadAverage(),
                HttpLoad.Sample.of(computed),
                HttpLoad.Sample.of(precomputed));
        assertThat(row.computed().failures())
                .as(what + " computed, failed answers")
                .isZero();
        assertThat(row.precomputed().failures())
                .as(what + " precomputed, failed answers")
                .isZero();
        return row;
    }

    /** Checks that both ways give the same answers to the same requests; answers their mean size in bytes. */
    private int sameAnswers(Function<Random, HttpRequest> requests, Consumer<Boolean> switcher) {
        Random random = new Random(7);
        long bytes = 0;
        for (int i = 0; i < 20; i++) {
            HttpRequest request = requests.apply(random);
            switcher.accept(false);
            HttpResponse<String> computed = send(request);
            switcher.accept(true);
            HttpResponse<String> precomputed = send(request);
            assertThat(computed.statusCode()).as(request.uri().toString()).isEqualTo(200);
            assertThat(precomputed.body()).as(request.uri().toString()).isEqualTo(computed.body());
            bytes += computed.body().getBytes(StandardCharsets.UTF_8).length;
        }
        return (int) (bytes / 20);
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String language(Random random) {
        Language[] languages = Language.values();
        return languages[random.nextInt(languages.length)].code();
    }
}
