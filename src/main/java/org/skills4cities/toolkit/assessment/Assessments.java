package org.skills4cities.toolkit.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Secrets;
import org.skills4cities.toolkit.assessment.InvalidAssessment.Problem;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.printing.PdfRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores self-assessments and their ratings. An assessment belongs to an account, or to whoever holds its access
 * token (256 random bits, kept only as its SHA-256), which is handed out once, when it is created. Every change is
 * checked against the framework version first and stored in one transaction, or not at all.
 */
@Service
public class Assessments {

    /** The longest note of evidence, in characters. */
    public static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    Assessments(JdbcClient jdbc, FrameworkCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A new assessment and, when it has no owner, the access token that reaches it (shown once, never stored). */
    public record Created(Assessment assessment, @Nullable String accessToken) {}

    @Transactional
    public Created create(
            String slug, @Nullable String version, @Nullable String role, List<Rating> ratings, @Nullable UUID owner) {
        Framework framework = framework(slug, version);
        List<Problem> problems = new ArrayList<>();
        checkRole(framework, role, problems);
        checkRatings(framework, ratings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAssessment(problems);
        }
        UUID id = UUID.randomUUID();
        String token = owner == null ? Secrets.token() : null;
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO assessment (id, framework_slug, framework_version, role_code, account_id,
                                                token_hash, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        framework.slug(),
                        framework.version(),
                        role,
                        owner,
                        token == null ? null : Secrets.sha256(token),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        store(id, ratings);
        return new Created(get(id), token);
    }

    /**
     * Changes the target role (when {@code role} is given; an empty string clears it) and sets the ratings given,
     * leaving the others as they were.
     */
    @Transactional
    public Assessment update(UUID id, @Nullable String role, List<Rating> ratings) {
        Assessment assessment = get(id);
        Framework framework = framework(assessment.framework());
        List<Problem> problems = new ArrayList<>();
        String newRole = role == null ? assessment.role() : role.isBlank() ? null : role;
        checkRole(framework, newRole, problems);
        checkRatings(framework, ratings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAssessment(problems);
        }
        jdbc.sql("UPDATE assessment SET role_code = ?, updated_at = ? WHERE id = ?")
                .params(newRole, Timestamp.from(clock.instant()), id)
                .update();
        store(id, ratings);
        return get(id);
    }

    public Optional<Assessment> find(UUID id) {
        return Optional.ofNullable(find(List.of(id)).get(id));
    }

    /** The assessments with these identifiers that exist, by identifier: two queries, however many they are. */
    public Map<UUID, Assessment> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Assessment> heads = jdbc.sql("""
                        SELECT id, framework_slug, framework_version, role_code, account_id, created_at, updated_at
                        FROM assessment WHERE id IN (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Assessment(
                        rs.getObject(1, UUID.class),
                        new FrameworkVersion(rs.getString(2), rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(),
                        List.of()))
                .list();
        Map<UUID, List<Rating>> ratings = ratings(ids);
        Map<FrameworkVersion, Optional<Framework>> frameworks = new HashMap<>();
        Map<UUID, Assessment> found = new LinkedHashMap<>();
        for (Assessment a : heads) {
            Optional<Framework> framework =
                    frameworks.computeIfAbsent(a.framework(), v -> catalogue.find(v.slug(), v.version()));
            List<Rating> ordered = inFrameworkOrder(ratings.getOrDefault(a.id(), List.of()), framework);
            found.put(
                    a.id(),
                    new Assessment(a.id(), a.framework(), a.role(), a.owner(), a.createdAt(), a.updatedAt(), ordered));
        }
        return found;
    }

    public Assessment get(UUID id) {
        return find(id).orElseThrow(() -> new AssessmentNotFound(id.toString()));
    }

    /** The assessment this access token opens, if any. */
    public Optional<Assessment> byToken(String token) {
        return jdbc.sql("SELECT id FROM assessment WHERE token_hash = ?")
                .param(Secrets.sha256(token))
                .query(UUID.class)
                .optional()
                .flatMap(this::find);
    }

    /** Whether the token is the access token of this assessment. */
    public boolean opens(UUID id, String token) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment WHERE id = ? AND token_hash = ?")
                        .params(id, Secrets.sha256(token))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** An account's assessments, newest first. */
    public List<Assessment> of(UUID account) {
        return jdbc
                .sql("SELECT id FROM assessment WHERE account_id = ? ORDER BY created_at DESC, id")
                .param(account)
                .query(UUID.class)
                .list()
                .stream()
                .map(this::get)
                .toList();
    }

    /** Gives an anonymous assessment to an account, which then keeps it in its history. */
    @Transactional
    public void claim(UUID id, UUID account) {
        jdbc.sql("UPDATE assessment SET account_id = ?, token_hash = NULL WHERE id = ? AND account_id IS NULL")
                .params(account, id)
                .update();
    }

    @Transactional
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM assessment WHERE id = ?").param(id).update();
    }

    /** The framework version an assessment was made against. */
    public Framework framework(FrameworkVersion version) {
        return catalogue
                .find(version.slug(), version.version())
                .orElseThrow(() -> new AssessmentNotFound(version.slug()));
    }

    private Framework framework(String slug, @Nullable String version) {
        Optional<Framework> framework =
                version == null || version.isBlank() ? catalogue.find(slug) : catalogue.find(slug, version);
        return framework.orElseThrow(() -> new InvalidAssessment(List.of(
                version == null || version.isBlank()
                        ? Problem.of("framework", "unknownFramework", slug)
                        : Problem.of("version", "unknownVersion", version, slug))));
    }

    private static void checkRole(Framework framework, @Nullable String role, List<Problem> problems) {
        if (role != null
                && framework
                        .role(role)
                        .filter(r -> r.state() == ItemState.ACTIVE)
                        .isEmpty()) {
            problems.add(Problem.of("role", "unknownRole", role, framework.slug()));
        }
    }

    /**
     * The problems of an assessment as given, without storing it: an unknown framework, version or role, and every
     * rating that names no shown competence, names one twice, is out of the scale or has too long a note. A null
     * rating (one the caller could not read) is skipped but keeps its place, so problems name the right index.
     */
    public List<Problem> problems(
            String slug, @Nullable String version, @Nullable String role, List<@Nullable Rating> ratings) {
        Framework framework;
        try {
            framework = framework(slug, version);
        } catch (InvalidAssessment e) {
            return e.problems();
        }
        List<Problem> problems = new ArrayList<>();
        checkRole(framework, role, problems);
        checkRatings(framework, ratings, problems);
        return problems;
    }

    /** The problems of changing an assessment's role and ratings, as {@link #problems} for a new one. */
    public List<Problem> problems(UUID id, @Nullable String role, List<@Nullable Rating> ratings) {
        Assessment assessment = get(id);
        return problems(
                assessment.framework().slug(),
                assessment.framework().version(),
                role == null ? assessment.role() : role.isBlank() ? null : role,
                ratings);
    }

    private static void checkRatings(
            Framework framework, List<? extends @Nullable Rating> ratings, List<Problem> problems) {
        Set<String> active =
                activeCompetences(framework).stream().map(FrameworkItem::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        int highest = framework.highestLevel();
        for (int i = 0; i < ratings.size(); i++) {
            Rating rating = ratings.get(i);
            if (rating == null) {
                continue;
            }
            String at = "ratings[" + i + "]";
            if (!active.contains(rating.competence())) {
                problems.add(Problem.of(at + ".competence", "unknownCompetence", rating.competence()));
            } else if (!seen.add(rating.competence())) {
                problems.add(Problem.of(at + ".competence", "duplicateCompetence", rating.competence()));
            }
            if (rating.level() < 0 || rating.level() > highest) {
                problems.add(Problem.of(at + ".level", "level", rating.level(), highest));
            }
            if (rating.note() != null
                    && rating.note().codePointCount(0, rating.note().length()) > MAX_NOTE) {
                problems.add(Problem.of(at + ".note", "noteTooLong", MAX_NOTE));
            }
        }
    }

    /** The competences a person rates: those of the framework that are shown, in framework order. */
    public static List<FrameworkItem> activeCompetences(Framework framework) {
        return framework.items().stream()
                .filter(i -> i.state() == ItemState.ACTIVE)
                .flatMap(FrameworkItem::selfAndDescendants)
                .filter(i -> i.isCompetence() && i.state() == ItemState.ACTIVE)
                .toList();
    }

    private void store(UUID id, List<Rating> ratings) {
        for (Rating rating : ratings) {
            String note = rating.note() == null
                    ? null
                    : PdfRenderer.printable(rating.note()).strip();
            note = note == null || note.isEmpty() ? null : note;
            int updated = jdbc.sql("""
                            UPDATE assessment_rating SET rating = ?, note = ?
                            WHERE assessment_id = ? AND competence = ?""")
                    .params(rating.level(), note, id, rating.competence())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO assessment_rating (assessment_id, competence, rating, note) VALUES (?, ?, ?, ?)")
                        .params(id, rating.competence(), rating.level(), note)
                        .update();
            }
        }
    }

    private Map<UUID, List<Rating>> ratings(Collection<UUID> assessments) {
        Map<UUID, List<Rating>> ratings = new HashMap<>();
        jdbc.sql("SELECT assessment_id, competence, rating, note FROM assessment_rating WHERE assessment_id IN (:ids)")
                .param("ids", assessments)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class), new Rating(rs.getString(2), rs.getInt(3), rs.getString(4))))
                .list()
                .forEach(e -> ratings.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return ratings;
    }

    /** The ratings in the order of the framework's competences; those of competences it does not have at the end. */
    private static List<Rating> inFrameworkOrder(List<Rating> ratings, Optional<Framework> framework) {
        Map<String, Rating> byCode = ratings.stream().collect(Collectors.toMap(Rating::competence, r -> r));
        List<Rating> ordered = new ArrayList<>();
        framework.ifPresent(f -> f.competences().stream()
                .map(c -> byCode.remove(c.code()))
                .filter(r -> r != null)
                .forEach(ordered::add));
        ordered.addAll(byCode.values());
        return ordered;
    }
}
