package org.skills4cities.toolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateFiles;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.certification.CertifiedPeople;
import org.skills4cities.toolkit.certification.Verifications;
import org.skills4cities.toolkit.credential.DataIntegrity;
import org.skills4cities.toolkit.credential.DataModelChecks;
import org.skills4cities.toolkit.credential.Mode;
import org.skills4cities.toolkit.credential.OfflineContexts;
import org.skills4cities.toolkit.credential.Outcome;
import org.skills4cities.toolkit.credential.SigningKey;
import org.skills4cities.toolkit.credential.VcJwt;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certificates in bulk, against the bare signature operations measured in the same run (see docs/benchmarks.md):
 * Ed25519 and ES256 signatures and verifications straight from the JDK; the certificates of a finished exam session
 * issued at once (each an {@code eddsa-rdfc-2022} proof and a VC-JWT); their PDFs in the six languages; their
 * verification as JSON and as JWT through the platform's verifier, and over HTTP from a few clients; and, to show
 * where the time goes, the credential steps one by one. Runs only when asked for:
 * {@code ./mvnw -o -B test -Dtest=CertificateBenchmark -Dbenchmark=true -DargLine=-Xmx1g}; writes its figures to
 * {@code target/benchmark/certificates.md}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "logging.level.root=WARN",
            "toolkit.certificates.issue-on-ready=false",
            "toolkit.certificates.verify-limit=100000000"
        })
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@DirtiesContext
class CertificateBenchmark {

    static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 200);
    static final int WARM_UP_CANDIDATES = Integer.getInteger("benchmark.warm-up-candidates", 30);
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warm-up", 4));
    static final Duration MEASURED = Duration.ofSeconds(Long.getLong("benchmark.seconds", 8));
    static final Path RESULTS = Path.of("target", "benchmark", "certificates.md");

    private static final List<String> GIVEN =
            List.of("Ιωάννα", "Νικόλαος", "Николай", "Мария", "Ioana", "Andrei", "Jürgen", "María");
    private static final List<String> FAMILY =
            List.of("Μαυρίδου", "Παπαδόπουλος", "Тодоров", "Иванова", "Ionescu", "Popescu", "Müller", "Fernández");

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
    Assessments assessments;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    @Autowired
    CertificateFiles files;

    @Autowired
    Verifications verifications;

    @Autowired
    DataIntegrity integrity;

    @Autowired
    OfflineContexts contexts;

    @Test
    void issuesPrintsAndVerifiesCertificatesAndComparesThemWithBareSignatures() throws Exception {
        CertifiedPeople people =
                CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        UUID body = people.people().body().id();
        String hash = passwords.hash(TestAccounts.PASSWORD);
        long seeding = System.nanoTime();
        UUID warmUpSession = finishedSession(body, people.assessor(), ready(people, hash, WARM_UP_CANDIDATES));
        UUID session = finishedSession(body, people.assessor(), ready(people, hash, CANDIDATES));
        seeding = System.nanoTime() - seeding;

        List<Certificate> warmUpIssued = certificates.issueForSession(people.assessor(), body, warmUpSession);
        assertThat(warmUpIssued).hasSize(WARM_UP_CANDIDATES);
        long issuing = System.nanoTime();
        List<Certificate> issued = certificates.issueForSession(people.assessor(), body, session);
        issuing = System.nanoTime() - issuing;
        assertThat(issued).hasSize(CANDIDATES);
        assertThat(certificates.dueForSession(people.assessor(), body, session)).isZero();
        CertificateReport.Rate issuance = new CertificateReport.Rate(issued.size(), issuing / 1e9);

        byte[] payload = issued.getFirst().credential().getBytes(StandardCharsets.UTF_8);
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = ec.generateKeyPair();
        byte[] edSignature = sign("Ed25519", ed25519, payload);
        byte[] ecSignature = sign("SHA256withECDSA", p256, payload);

        CertificateReport report = new CertificateReport(payload.length, CANDIDATES, Duration.ofNanos(seeding));
        report.edSign(measure(1, i -> sign("Ed25519", ed25519, payload)));
        report.ecSign(measure(1, i -> sign("SHA256withECDSA", p256, payload)));
        report.edVerify(measure(1, i -> check(verifies("Ed25519", ed25519, payload, edSignature))));
        report.ecVerify(measure(1, i -> check(verifies("SHA256withECDSA", p256, payload, ecSignature))));
        report.edVerifyThreads(measure(CLIENTS, i -> check(verifies("Ed25519", ed25519, payload, edSignature))));
        report.ecVerifyThreads(measure(CLIENTS, i -> check(verifies("SHA256withECDSA", p256, payload, ecSignature))));

        report.issuance(issuance);
        List<Language> languages = List.of(Language.values());
        report.pdfs(measure(1, i -> {
            Certificate c = issued.get(i % issued.size());
            check(files.pdf(c, languages.get(i % languages.size())).length > 10_000);
        }));
        report.verifyJson(measure(
                1,
                i -> valid(verifications
                        .verify(issued.get(i % issued.size()).credential())
                        .outcome())));
        report.verifyJwt(measure(
                1,
                i -> valid(verifications
                        .verify(issued.get(i % issued.size()).credentialJwt())
                        .outcome())));
        report.verifyStored(measure(
                1,
                i -> valid(verifications
                        .certificate(issued.get(i % issued.size()).id())
                        .orElseThrow()
                        .verification()
                        .outcome())));

        DataModelChecks model = new DataModelChecks(contexts);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode unsigned = (ObjectNode) json.readTree(issued.getFirst().credential());
        unsigned.remove("proof");
        SigningKey edKey = new SigningKey("did:key:bench#key-1", ed25519.getPrivate(), ed25519.getPublic());
        SigningKey ecKey = new SigningKey("did:key:bench#key-2", p256.getPrivate(), p256.getPublic());
        Instant now = Instant.now();
        report.step(
                "`DataIntegrity.sign`: RDFC canonicalisation of the credential and the proof options, one Ed25519 "
                        + "signature",
                measure(1, i -> integrity.sign(unsigned, edKey, now)));
        report.step(
                "`VcJwt.sign`: one ES256 signature over the credential as JSON",
                measure(1, i -> VcJwt.sign(unsigned, ecKey)));
        report.step(
                "`DataModelChecks.credential`: the verifier's format check (JSON-LD expansion, VC 2.0 and OB 3.0 rules)",
                measure(
                        1,
                        i -> check(model.credential(unsigned, Mode.VERIFICATION).isEmpty())));

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpLoad load = new HttpLoad(client, CLIENTS);
        URI verify = URI.create("http://127.0.0.1:" + port + "/api/v1/credentials/verify");
        load.run(
                WARM_UP,
                1,
                r -> post(
                        verify,
                        "application/json",
                        issued.get(r.nextInt(issued.size())).credential()));
        HttpLoad.Sample httpJson = load.run(
                MEASURED,
                2,
                r -> post(
                        verify,
                        "application/json",
                        issued.get(r.nextInt(issued.size())).credential()));
        HttpLoad.Sample httpJwt = load.run(
                MEASURED,
                3,
                r -> post(
                        verify,
                        "application/jwt",
                        issued.get(r.nextInt(issued.size())).credentialJwt()));
        assertThat(httpJson.failures())
                .as("HTTP verifications of JSON not answered 200")
                .isZero();
        assertThat(httpJwt.failures())
                .as("HTTP verifications of JWT not answered 200")
                .isZero();
        report.http(CLIENTS, httpJson, httpJwt);

        report.write(RESULTS);
        System.out.println(Files.readString(RESULTS));
    }

    /**
     * New candidates (straight into the account table, one password hash for all) taken through a validated case and
     * a passed exam, so that their cases are ready for certification; gives their accounts.
     */
    private List<Account> ready(CertifiedPeople people, String hash, int count) {
        List<Account> ready = new ArrayList<>();
        List<Rating> claims = ValidationPeople.CLAIMS.entrySet().stream()
                .map(e -> new Rating(e.getKey(), e.getValue(), null))
                .toList();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String name = GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get(i / GIVEN.size() % FAMILY.size());
            jdbc.update("""
                    INSERT INTO account (id, email, display_name, password_hash, language, status, platform_admin,
                                         totp_enabled, created_at)
                    VALUES (?, ?, ?, ?, 'en', 'ACTIVE', FALSE, FALSE, ?)""", id, "holder-" + id + "@bench.example.org", name, hash, Timestamp.from(Instant.now()));
            assessments.create("skills4cities", null, ValidationPeople.ROLE, claims, id);
            Account candidate = accounts.find(id).orElseThrow();
            people.certify(candidate);
            ready.add(candidate);
        }
        return ready;
    }

    /** An exam session of the role that ended an hour ago, every candidate's attempt closed, scored and passed. */
    private UUID finishedSession(UUID body, Account by, List<Account> candidates) {
        UUID id = UUID.randomUUID();
        Instant ends = Instant.now().minus(Duration.ofHours(1));
        jdbc.update(
                """
                INSERT INTO exam_session (id, organisation_id, framework_slug, role_code, starts_at, ends_at,
                    time_zone, check_in_minutes, capacity, seats_taken, open_registration, created_by, created_at)
                VALUES (?, ?, 'skills4cities', ?, ?, ?, 'Europe/Sofia', 30, ?, ?, FALSE, ?, ?)""",
                id,
                body,
                ValidationPeople.ROLE,
                Timestamp.from(ends.minus(Duration.ofHours(1))),
                Timestamp.from(ends),
                candidates.size(),
                candidates.size(),
                by.id(),
                Timestamp.from(ends.minus(Duration.ofDays(7))));
        List<Object[]> attempts = new ArrayList<>();
        for (Account candidate : candidates) {
            attempts.add(new Object[] {
                UUID.randomUUID(),
                id,
                candidate.id(),
                Timestamp.from(ends.minus(Duration.ofDays(1))),
                by.id(),
                Timestamp.from(ends.minus(Duration.ofMinutes(90))),
                Timestamp.from(ends)
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO exam_attempt (id, session_id, candidate_id, registered_at, registered_by, checked_in_at,
                    closed_at, points, max_points, percent, passed, area_scores)
                VALUES (?, ?, ?, ?, ?, ?, ?, '33 33.00', '40', 82.5, TRUE, '[]')""", attempts);
        return id;
    }

    /** One operation, given the count of those done before it on its thread. */
    interface Operation {
        void run(int index) throws Exception;
    }

    /**
     * The operation run on {@code threads} threads, each as fast as it can: first for {@link #WARM_UP}, then counted
     * for {@link #MEASURED}; gives operations per second of wall-clock time, all threads together.
     */
    static CertificateReport.Rate measure(int threads, Operation operation) {
        repeat(threads, WARM_UP, operation);
        return repeat(threads, MEASURED, operation);
    }

    private static CertificateReport.Rate repeat(int threads, Duration duration, Operation operation) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<Integer>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    int done = 0;
                    while (System.nanoTime() < deadline) {
                        operation.run(done++);
                    }
                    return done;
                }));
            }
            int done = 0;
            for (Future<Integer> future : running) {
                done += future.get();
            }
            return new CertificateReport.Rate(done, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An operation failed", e.getCause());
        }
    }

    private static byte[] sign(String algorithm, KeyPair keys, byte[] payload) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(keys.getPrivate());
        signature.update(payload);
        return signature.sign();
    }

    private static boolean verifies(String algorithm, KeyPair keys, byte[] payload, byte[] signed)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initVerify(keys.getPublic());
        signature.update(payload);
        return signature.verify(signed);
    }

    private static HttpRequest post(URI uri, String type, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", type)
                .header("Accept-Language", "el")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static void valid(Outcome outcome) {
        check(outcome == Outcome.VALID);
    }

    /** Stops the measurement when an operation did not do what it should. */
    private static void check(boolean holds) {
        if (!holds) {
            throw new IllegalStateException("An operation gave a wrong answer");
        }
    }
}
