package org.skills4cities.toolkit.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.accreditation.ApplicationFile.CriterionRating;
import org.skills4cities.toolkit.accreditation.ApplicationFile.Evidence;
import org.skills4cities.toolkit.accreditation.ApplicationFile.HistoryEntry;
import org.skills4cities.toolkit.accreditation.ApplicationFile.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of applications and accreditations; file bytes are kept apart so that listing never reads them. */
@Component
class ApplicationRecords {

    private static final String APPLICATIONS = """
            SELECT p.*, o.name AS organisation_name, b.name AS body_name, t.display_name AS trainer_name
            FROM accreditation_application p
            JOIN organisation o ON o.id = p.organisation_id
            JOIN organisation b ON b.id = p.body_id
            LEFT JOIN account t ON t.id = p.trainer_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicationRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key that allows one undecided application per organisation or trainer. */
    static String openSubject(Subject subject, UUID holder) {
        return subject.code() + "/" + holder;
    }

    void insert(
            UUID id,
            Subject subject,
            UUID organisation,
            @Nullable UUID trainer,
            UUID applicantId,
            String applicant,
            UUID body,
            @Nullable UUID renews) {
        Timestamp now = now();
        jdbc.sql("""
                        INSERT INTO accreditation_application (id, subject, organisation_id, trainer_id, applicant_id,
                            applicant, body_id, status, renews_id, open_subject, version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        id,
                        subject.name(),
                        organisation,
                        trainer,
                        applicantId,
                        applicant,
                        body,
                        Status.DRAFT.name(),
                        renews,
                        openSubject(subject, trainer == null ? organisation : trainer),
                        now,
                        now)
                .update();
    }

    Optional<Application> find(UUID id) {
        return jdbc.sql(APPLICATIONS + "WHERE p.id = ?")
                .param(id)
                .query(ApplicationRecords::application)
                .optional();
    }

    Optional<UUID> openApplication(Subject subject, UUID holder) {
        return jdbc.sql("SELECT id FROM accreditation_application WHERE open_subject = ?")
                .param(openSubject(subject, holder))
                .query(UUID.class)
                .optional();
    }

    /** The applications for these organisations (as a training organisation) or by this trainer, newest first. */
    List<Application> ofApplicant(Collection<UUID> organisations, UUID trainer) {
        String organisationsClause = organisations.isEmpty()
                ? ""
                : "(p.subject = 'TRAINING_ORGANISATION' AND p.organisation_id IN (:organisations)) OR ";
        var query = jdbc.sql(APPLICATIONS + "WHERE " + organisationsClause + "p.trainer_id = :trainer "
                        + "ORDER BY p.created_at DESC, p.id")
                .param("trainer", trainer);
        if (!organisations.isEmpty()) {
            query = query.param("organisations", organisations);
        }
        return query.query(ApplicationRecords::application).list();
    }

    List<Application> ofBodies(Collection<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(APPLICATIONS + "WHERE p.body_id IN (:bodies) AND p.status <> 'DRAFT' "
                        + "ORDER BY p.updated_at DESC, p.id")
                .param("bodies", bodies)
                .query(ApplicationRecords::application)
                .list();
    }

    /** Takes the application for a change; false when another change came first. */
    boolean lock(UUID id, int version) {
        return jdbc.sql("UPDATE accreditation_application SET version = version + 1, updated_at = ? "
                                + "WHERE id = ? AND version = ?")
                        .params(now(), id, version)
                        .update()
                == 1;
    }

    void status(UUID id, Status status) {
        jdbc.sql("UPDATE accreditation_application SET status = ?, open_subject = CASE WHEN ? THEN NULL "
                        + "ELSE open_subject END WHERE id = ?")
                .params(status.name(), status.decided(), id)
                .update();
    }

    void assessor(UUID id, UUID assessorId, String assessor) {
        jdbc.sql("UPDATE accreditation_application SET assessor_id = ?, assessor = ? WHERE id = ?")
                .params(assessorId, assessor, id)
                .update();
    }

    void decisionReason(UUID id, String reason) {
        jdbc.sql("UPDATE accreditation_application SET decision_reason = ? WHERE id = ?")
                .params(reason, id)
                .update();
    }

    void statement(UUID id, String criterion, String text) {
        int updated = jdbc.sql("UPDATE accreditation_statement SET statement = ?, updated_at = ? "
                        + "WHERE application_id = ? AND criterion = ?")
                .params(text, now(), id, criterion)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO accreditation_statement (application_id, criterion, statement, updated_at) "
                            + "VALUES (?, ?, ?, ?)")
                    .params(id, criterion, text, now())
                    .update();
        }
    }

    void evidence(UUID id, Evidence evidence, @Nullable String sha256, byte @Nullable [] content) {
        jdbc.sql("""
                        INSERT INTO accreditation_evidence (id, application_id, criterion, kind, label, url, media_type,
                                                            size, sha256, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        evidence.id(),
                        id,
                        evidence.criterion(),
                        evidence.file() ? "FILE" : "LINK",
                        evidence.label(),
                        evidence.url(),
                        evidence.mediaType(),
                        evidence.size(),
                        sha256,
                        Timestamp.from(evidence.addedAt()))
                .update();
        if (content != null) {
            jdbc.sql("INSERT INTO accreditation_evidence_file (evidence_id, content) VALUES (?, ?)")
                    .params(evidence.id(), content)
                    .update();
        }
    }

    void removeEvidence(UUID id, UUID evidence) {
        jdbc.sql("DELETE FROM accreditation_evidence WHERE id = ? AND application_id = ?")
                .params(evidence, id)
                .update();
    }

    /** How many files an application stores, and their bytes together. */
    long[] usage(UUID id) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM accreditation_evidence "
                        + "WHERE application_id = ? AND kind = 'FILE'")
                .param(id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    Optional<byte[]> content(UUID evidence) {
        return jdbc.sql("SELECT content FROM accreditation_evidence_file WHERE evidence_id = ?")
                .param(evidence)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    void rate(UUID id, String criterion, Rating rating, String comment, String assessor) {
        jdbc.sql("DELETE FROM accreditation_rating WHERE application_id = ? AND criterion = ?")
                .params(id, criterion)
                .update();
        jdbc.sql("INSERT INTO accreditation_rating (application_id, criterion, rating, comment, assessor, rated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, criterion, rating.name(), comment, assessor, now())
                .update();
    }

    void history(UUID id, String actor, String action, @Nullable Status from, Status to, @Nullable String comment) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM accreditation_history WHERE application_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO accreditation_history (id, application_id, seq, at, actor, action, from_status,
                                                           to_status, comment)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        id,
                        seq,
                        now(),
                        actor,
                        action,
                        from == null ? null : from.name(),
                        to.name(),
                        comment)
                .update();
    }

    Map<String, Statement> statements(UUID id) {
        Map<String, Statement> statements = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM accreditation_statement WHERE application_id = ?")
                .param(id)
                .query((rs, n) ->
                        new Statement(rs.getString("criterion"), rs.getString("statement"), instant(rs, "updated_at")))
                .list()
                .forEach(s -> statements.put(s.criterion(), s));
        return statements;
    }

    List<Evidence> evidence(UUID id) {
        return jdbc.sql("SELECT * FROM accreditation_evidence WHERE application_id = ? ORDER BY added_at, id")
                .param(id)
                .query((rs, n) -> new Evidence(
                        rs.getObject("id", UUID.class),
                        rs.getString("criterion"),
                        rs.getString("kind").equals("FILE"),
                        rs.getString("label"),
                        rs.getString("url"),
                        rs.getString("media_type"),
                        rs.getLong("size"),
                        instant(rs, "added_at")))
                .list();
    }

    Map<String, CriterionRating> ratings(UUID id) {
        Map<String, CriterionRating> ratings = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM accreditation_rating WHERE application_id = ?")
                .param(id)
                .query((rs, n) -> new CriterionRating(
                        rs.getString("criterion"),
                        Rating.valueOf(rs.getString("rating")),
                        rs.getString("comment"),
                        rs.getString("assessor"),
                        instant(rs, "rated_at")))
                .list()
                .forEach(r -> ratings.put(r.criterion(), r));
        return ratings;
    }

    List<HistoryEntry> history(UUID id) {
        return jdbc.sql("SELECT * FROM accreditation_history WHERE application_id = ? ORDER BY seq")
                .param(id)
                .query((rs, n) -> new HistoryEntry(
                        rs.getInt("seq"),
                        instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("from_status") == null ? null : Status.valueOf(rs.getString("from_status")),
                        Status.valueOf(rs.getString("to_status")),
                        rs.getString("comment")))
                .list();
    }

    void insertAccreditation(Accreditation a) {
        jdbc.sql("""
                        INSERT INTO accreditation (id, application_id, subject, organisation_id, trainer_id, name,
                            organisation, body_id, body, valid_from, valid_until, decided_at, renews_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.applicationId(),
                        a.subject().name(),
                        a.organisationId(),
                        a.trainerId(),
                        a.name(),
                        a.organisation(),
                        a.bodyId(),
                        a.body(),
                        a.validFrom(),
                        a.validUntil(),
                        Timestamp.from(a.decidedAt()),
                        a.renews())
                .update();
    }

    /** Withdraws an accreditation not withdrawn yet; false when it was withdrawn already. */
    boolean withdraw(UUID id, String reason) {
        return jdbc.sql("UPDATE accreditation SET withdrawn_at = ?, withdrawn_reason = ? "
                                + "WHERE id = ? AND withdrawn_at IS NULL")
                        .params(now(), reason, id)
                        .update()
                == 1;
    }

    Optional<Accreditation> accreditation(UUID id) {
        return jdbc.sql("SELECT * FROM accreditation WHERE id = ?")
                .param(id)
                .query(ApplicationRecords::accreditation)
                .optional();
    }

    /** Every accreditation of a subject, newest decision first. */
    List<Accreditation> accreditations(Subject subject) {
        return jdbc.sql("SELECT * FROM accreditation WHERE subject = ? ORDER BY decided_at DESC, id")
                .param(subject.name())
                .query(ApplicationRecords::accreditation)
                .list();
    }

    List<Accreditation> accreditationsOf(Subject subject, UUID holder) {
        String column = subject == Subject.TRAINER ? "trainer_id" : "organisation_id";
        return jdbc.sql("SELECT * FROM accreditation WHERE subject = ? AND " + column + " = ? "
                        + "ORDER BY decided_at DESC, id")
                .params(subject.name(), holder)
                .query(ApplicationRecords::accreditation)
                .list();
    }

    List<Accreditation> accreditationsBy(Collection<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM accreditation WHERE body_id IN (:bodies) ORDER BY decided_at DESC, id")
                .param("bodies", bodies)
                .query(ApplicationRecords::accreditation)
                .list();
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        UUID trainer = rs.getObject("trainer_id", UUID.class);
        return new Application(
                rs.getObject("id", UUID.class),
                Subject.valueOf(rs.getString("subject")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                trainer,
                trainer == null ? rs.getString("organisation_name") : rs.getString("trainer_name"),
                rs.getString("applicant"),
                rs.getObject("body_id", UUID.class),
                rs.getString("body_name"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("renews_id", UUID.class),
                rs.getObject("assessor_id", UUID.class),
                rs.getString("assessor"),
                rs.getString("decision_reason"),
                rs.getInt("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Accreditation accreditation(ResultSet rs, int row) throws SQLException {
        return new Accreditation(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                Subject.valueOf(rs.getString("subject")),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("trainer_id", UUID.class),
                rs.getString("name"),
                rs.getString("organisation"),
                rs.getObject("body_id", UUID.class),
                rs.getString("body"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                instant(rs, "decided_at"),
                rs.getObject("renews_id", UUID.class),
                rs.getTimestamp("withdrawn_at") == null ? null : instant(rs, "withdrawn_at"),
                rs.getString("withdrawn_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
