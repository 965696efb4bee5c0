package org.skills4cities.toolkit.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.Secrets;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.curriculum.Curriculum;
import org.skills4cities.toolkit.curriculum.Unit;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The data the benchmark runs on, written straight into the tables in batches: city organisations, each with an HR
 * manager and members who each made one assessment (every competence rated, levels spread around a personal
 * seniority with stronger and weaker areas, a third with a target role) and share it with their city; and training
 * providers with course offers for the curricula units, some past and some withdrawn. Every account gets an API
 * token, whose secret is derived from its identifier.
 */
final class BenchmarkData {

    private static final int BATCH = 2000;
    private static final int PROVIDERS = 10;
    private static final int OFFERS = 300;

    /** A member of a city, the secret of their API token, and their assessment. */
    record Member(UUID account, String token, UUID assessment) {}

    /** A city organisation, the secret of its HR manager's API token, and its members. */
    record City(UUID organisation, String hrToken, List<Member> members) {}

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Instant now = Instant.now();
    private final List<Object[]> organisations = new ArrayList<>();
    private final List<Object[]> accounts = new ArrayList<>();
    private final List<Object[]> memberships = new ArrayList<>();
    private final List<Object[]> tokens = new ArrayList<>();
    private final List<Object[]> assessments = new ArrayList<>();
    private final List<Object[]> ratings = new ArrayList<>();
    private final List<Object[]> shares = new ArrayList<>();
    private final List<Object[]> offers = new ArrayList<>();
    private final List<Object[]> offerUnits = new ArrayList<>();

    private BenchmarkData(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Seeds the cities and the training providers and answers the cities. */
    static List<City> seed(
            JdbcTemplate jdbc, Framework framework, Curriculum curriculum, int cities, int membersPerCity, long seed) {
        BenchmarkData data = new BenchmarkData(jdbc, seed);
        List<City> seeded = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            seeded.add(data.city(framework, c, membersPerCity));
        }
        for (int p = 0; p < PROVIDERS; p++) {
            data.provider(curriculum, p);
        }
        data.write();
        return seeded;
    }

    private City city(Framework framework, int number, int members) {
        UUID organisation = organisation("Benchmark City " + number, "CITY_ADMINISTRATION");
        String hrToken = account("hr-" + number, "HR Manager " + number, organisation, Role.HR_MANAGER);
        List<Member> team = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            team.add(member(framework, organisation, number * members + m));
        }
        return new City(organisation, hrToken, team);
    }

    private Member member(Framework framework, UUID organisation, int number) {
        String token = account("member-" + number, "Member " + number, organisation, Role.LEARNER);
        UUID account = (UUID) accounts.getLast()[0];
        UUID assessment = UUID.randomUUID();
        Timestamp created = Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60))));
        assessments.add(new Object[] {
            assessment, framework.slug(), framework.version(), targetRole(framework, number), account, created, created
        });
        double seniority = 0.5 + random.nextDouble() * 3;
        double[] areas = {gaussian(0.7), gaussian(0.7), gaussian(0.7), gaussian(0.7)};
        for (FrameworkItem competence : Assessments.activeCompetences(framework)) {
            double area = areas[Math.floorMod(competence.code().charAt(0) - 'A', areas.length)];
            long level = Math.round(seniority + area + gaussian(0.9));
            int rating = (int) Math.clamp(level, 0, framework.highestLevel());
            ratings.add(new Object[] {assessment, competence.code(), rating});
        }
        shares.add(new Object[] {assessment, organisation, created});
        return new Member(account, token, assessment);
    }

    private @Nullable String targetRole(Framework framework, int number) {
        List<RoleProfile> roles = framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
        return number % 3 == 0 ? roles.get(number / 3 % roles.size()).code() : null;
    }

    private void provider(Curriculum curriculum, int number) {
        UUID provider = organisation("Benchmark Training Provider " + number, "TRAINING_PROVIDER");
        List<Unit> units = curriculum.units().toList();
        for (int o = 0; o < OFFERS / PROVIDERS; o++) {
            UUID offer = UUID.randomUUID();
            LocalDate starts = LocalDate.now().plusDays(random.nextInt(-365, 365));
            offers.add(new Object[] {
                offer,
                provider,
                "Course " + number + "-" + o,
                starts,
                starts.plusDays(1 + random.nextInt(90)),
                random.nextBoolean() ? "City hall, room " + o : null,
                random.nextBoolean(),
                "en",
                BigDecimal.valueOf(random.nextInt(4) * 150L),
                "EUR",
                "https://provider" + number + ".example.org/courses/" + o,
                Timestamp.from(now),
                random.nextInt(10) == 0 ? Timestamp.from(now) : null
            });
            int first = random.nextInt(units.size());
            int count = 1 + random.nextInt(3);
            for (int u = 0; u < count; u++) {
                offerUnits.add(new Object[] {
                    offer, units.get((first + u) % units.size()).code()
                });
            }
        }
    }

    private UUID organisation(String name, String kind) {
        UUID id = UUID.randomUUID();
        organisations.add(new Object[] {id, name, kind, Timestamp.from(now)});
        return id;
    }

    /** Adds an active account with one role in the organisation, and its API token; answers the token's secret. */
    private String account(String handle, String name, UUID organisation, Role role) {
        UUID id = UUID.randomUUID();
        String secret = AccessTokens.PREFIX + "bench-" + id;
        accounts.add(new Object[] {id, handle + "@bench.example.org", name, Timestamp.from(now)});
        memberships.add(new Object[] {id, organisation, role.code(), Timestamp.from(now)});
        tokens.add(new Object[] {
            UUID.randomUUID(),
            id,
            Secrets.sha256(secret),
            Timestamp.from(now),
            Timestamp.from(now.plus(Duration.ofDays(90)))
        });
        return secret;
    }

    private double gaussian(double deviation) {
        return random.nextGaussian() * deviation;
    }

    /** Points the application's data folder and embedded H2 database (file mode) at a temporary folder. */
    static void inFolder(DynamicPropertyRegistry registry, Path data) {
        registry.add("toolkit.data-dir", data::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("toolkit") + ";MODE=Regular;DB_CLOSE_ON_EXIT=FALSE");
    }

    private void write() {
        batch("INSERT INTO organisation (id, name, kind, created_at) VALUES (?, ?, ?, ?)", organisations);
        batch("""
                INSERT INTO account (id, email, display_name, language, status, platform_admin, totp_enabled,
                                     created_at)
                VALUES (?, ?, ?, 'en', 'ACTIVE', FALSE, FALSE, ?)""", accounts);
        batch(
                "INSERT INTO membership (account_id, organisation_id, role, granted_at) VALUES (?, ?, ?, ?)",
                memberships);
        batch("""
                INSERT INTO access_token (id, account_id, name, token_hash, created_at, expires_at)
                VALUES (?, ?, 'benchmark', ?, ?, ?)""", tokens);
        batch("""
                INSERT INTO assessment (id, framework_slug, framework_version, role_code, account_id, created_at,
                                        updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", assessments);
        batch("INSERT INTO assessment_rating (assessment_id, competence, rating) VALUES (?, ?, ?)", ratings);
        batch("INSERT INTO assessment_share (assessment_id, organisation_id, shared_at) VALUES (?, ?, ?)", shares);
        batch("""
                INSERT INTO course_offer (id, organisation_id, title, starts_on, ends_on, place, online, lang, price,
                                          currency, link, created_at, withdrawn_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", offers);
        batch("INSERT INTO course_offer_unit (offer_id, unit_code) VALUES (?, ?)", offerUnits);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
