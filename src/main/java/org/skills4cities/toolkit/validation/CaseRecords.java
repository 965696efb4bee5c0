package org.skills4cities.toolkit.validation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of validation cases: the case row under its version, claims, assessors, ratings, requests, exams, history. */
@Component
class CaseRecords {

    private static final String CASES = """
            SELECT c.*, a.display_name AS candidate_name, o.name AS body_name
            FROM validation_case c
            JOIN account a ON a.id = c.candidate_id
            JOIN organisation o ON o.id = c.body_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key that allows one open case per candidate and role. */
    static String openRole(String slug, String role) {
        return slug + "/" + role;
    }

    void insert(UUID id, UUID candidate, UUID body, FrameworkVersion framework, String role, UUID assessment) {
        Timestamp now = now();
        jdbc.sql("""
                        INSERT INTO validation_case (id, candidate_id, body_id, framework_slug, framework_version,
                                                     role_code, assessment_id, phase, open_role, version,
                                                     opened_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        id,
                        candidate,
                        body,
                        framework.slug(),
                        framework.version(),
                        role,
                        assessment,
                        Phase.IDENTIFICATION.name(),
                        openRole(framework.slug(), role),
                        now,
                        now)
                .update();
    }

    Optional<ValidationCase> find(UUID id) {
        return jdbc.sql(CASES + "WHERE c.id = ?")
                .param(id)
                .query(CaseRecords::validationCase)
                .optional();
    }

    Optional<UUID> openCase(UUID candidate, String slug, String role) {
        return jdbc.sql("SELECT id FROM validation_case WHERE candidate_id = ? AND open_role = ?")
                .params(candidate, openRole(slug, role))
                .query(UUID.class)
                .optional();
    }

    List<ValidationCase> ofCandidate(UUID candidate) {
        return jdbc.sql(CASES + "WHERE c.candidate_id = ? ORDER BY c.opened_at DESC, c.id")
                .param(candidate)
                .query(CaseRecords::validationCase)
                .list();
    }

    /** The cases of these bodies, the most recently changed first. */
    List<ValidationCase> ofBodies(Collection<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CASES + "WHERE c.body_id IN (:bodies) ORDER BY c.updated_at DESC, c.id")
                .param("bodies", bodies)
                .query(CaseRecords::validationCase)
                .list();
    }

    /** The cases each of these assessors is assigned to. */
    List<UUID> assignedTo(UUID assessor) {
        return jdbc.sql("SELECT case_id FROM validation_assessor WHERE account_id = ?")
                .param(assessor)
                .query(UUID.class)
                .list();
    }

    /** The cases among these that have any assessor. */
    List<UUID> withAssessors(Collection<UUID> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT case_id FROM validation_assessor WHERE case_id IN (:cases)")
                .param("cases", cases)
                .query(UUID.class)
                .list();
    }

    /**
     * Takes the case for a change: raises its version if it is still the one read. False when another change came
     * first; the caller then changes nothing. On PostgreSQL the row stays locked until the transaction ends.
     */
    boolean lock(UUID id, int version) {
        return jdbc.sql("UPDATE validation_case SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                        .params(now(), id, version)
                        .update()
                == 1;
    }

    void move(UUID id, Phase phase, @Nullable Outcome outcome) {
        jdbc.sql("""
                        UPDATE validation_case
                        SET phase = ?, outcome = ?, open_role = CASE WHEN ? THEN open_role ELSE NULL END
                        WHERE id = ?""")
                .params(phase.name(), outcome == null ? null : outcome.name(), outcome == null, id)
                .update();
    }

    void decide(UUID id, Decision decision, String reason) {
        jdbc.sql("UPDATE validation_case SET decision = ?, decision_reason = ? WHERE id = ?")
                .params(decision.name(), reason, id)
                .update();
    }

    void insertClaims(UUID id, List<Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            jdbc.sql("INSERT INTO validation_claim (case_id, competence, position, level) VALUES (?, ?, ?, ?)")
                    .params(id, claims.get(i).competence(), i, claims.get(i).level())
                    .update();
        }
    }

    void updateClaim(UUID id, Claim claim) {
        jdbc.sql("UPDATE validation_claim SET level = ? WHERE case_id = ? AND competence = ?")
                .params(claim.level(), id, claim.competence())
                .update();
    }

    List<Claim> claims(UUID id) {
        return jdbc.sql("SELECT competence, level FROM validation_claim WHERE case_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getInt(2)))
                .list();
    }

    void assign(UUID id, UUID assessor, UUID by) {
        jdbc.sql("INSERT INTO validation_assessor (case_id, account_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)")
                .params(id, assessor, now(), by)
                .update();
    }

    List<Assessor> assessors(UUID id) {
        return jdbc.sql("""
                        SELECT s.account_id, a.display_name, s.assigned_at
                        FROM validation_assessor s JOIN account a ON a.id = s.account_id
                        WHERE s.case_id = ?
                        ORDER BY s.assigned_at, a.display_name""")
                .param(id)
                .query((rs, n) -> new Assessor(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    void rate(UUID id, String competence, int level, String comment, UUID assessorId, String assessor) {
        Timestamp now = now();
        int updated = jdbc.sql("""
                        UPDATE validation_rating SET level = ?, comment = ?, assessor_id = ?, assessor = ?, rated_at = ?
                        WHERE case_id = ? AND competence = ?""")
                .params(level, comment, assessorId, assessor, now, id, competence)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO validation_rating (case_id, competence, level, comment, assessor_id, assessor,
                                                           rated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, competence, level, comment, assessorId, assessor, now)
                    .update();
        }
    }

    List<AssessorRating> ratings(UUID id) {
        return jdbc.sql("""
                        SELECT competence, level, comment, assessor_id, assessor, rated_at
                        FROM validation_rating WHERE case_id = ?""")
                .param(id)
                .query((rs, n) -> new AssessorRating(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    void request(UUID id, String message, List<String> competences, String askedBy) {
        jdbc.sql("""
                        INSERT INTO validation_request (id, case_id, message, competences, asked_by, asked_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, message, String.join(",", competences), askedBy, now())
                .update();
    }

    List<EvidenceRequest> requests(UUID id) {
        return jdbc.sql("""
                        SELECT id, message, competences, asked_by, asked_at
                        FROM validation_request WHERE case_id = ? ORDER BY asked_at, id""")
                .param(id)
                .query((rs, n) -> new EvidenceRequest(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3).isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString(3).split(",")),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Records an exam result once: false when this attempt was recorded already. */
    boolean exam(UUID id, UUID attempt, boolean passed, BigDecimal percent, Instant closedAt) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM validation_exam WHERE attempt_id = ?")
                        .param(attempt)
                        .query(Integer.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO validation_exam (attempt_id, case_id, passed, percent, closed_at, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(attempt, id, passed, percent, Timestamp.from(closedAt), now())
                .update();
        return true;
    }

    List<ExamResult> exams(UUID id) {
        return jdbc.sql("""
                        SELECT attempt_id, passed, percent, closed_at
                        FROM validation_exam WHERE case_id = ? ORDER BY closed_at, attempt_id""")
                .param(id)
                .query((rs, n) -> new ExamResult(
                        rs.getObject(1, UUID.class),
                        rs.getBoolean(2),
                        rs.getBigDecimal(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    void history(
            UUID id,
            @Nullable UUID actorId,
            String actor,
            String action,
            @Nullable String from,
            String to,
            @Nullable String comment) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM validation_history WHERE case_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO validation_history (id, case_id, seq, at, actor_id, actor, action, from_state,
                                                        to_state, comment)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, seq, now(), actorId, actor, action, from, to, comment)
                .update();
    }

    List<HistoryEntry> history(UUID id) {
        return jdbc.sql("""
                        SELECT at, actor, action, from_state, to_state, comment
                        FROM validation_history WHERE case_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, n) -> new HistoryEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static ValidationCase validationCase(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String decision = rs.getString("decision");
        return new ValidationCase(
                rs.getObject("id", UUID.class),
                rs.getObject("candidate_id", UUID.class),
                rs.getString("candidate_name"),
                rs.getObject("body_id", UUID.class),
                rs.getString("body_name"),
                new FrameworkVersion(rs.getString("framework_slug"), rs.getString("framework_version")),
                rs.getString("role_code"),
                rs.getObject("assessment_id", UUID.class),
                Phase.valueOf(rs.getString("phase")),
                outcome == null ? null : Outcome.valueOf(outcome),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getInt("version"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
