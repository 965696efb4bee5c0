package org.skills4cities.toolkit.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of evidence: what each piece is, and the bytes of files, kept apart so that listing never reads them. */
@Component
class EvidenceRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is new about a piece of evidence: its competence, kind, label and, as the kind has it, link or note. */
    record Piece(
            String competence,
            EvidenceKind kind,
            String label,
            @Nullable String url,
            @Nullable String note,
            @Nullable String mediaType,
            long size,
            @Nullable String sha256) {}

    UUID insert(UUID caseId, Piece piece, byte @Nullable [] content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO validation_evidence (id, case_id, competence, kind, label, url, note, media_type,
                                                         size, sha256, added_at, submitted)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(
                        id,
                        caseId,
                        piece.competence(),
                        piece.kind().name(),
                        piece.label(),
                        piece.url(),
                        piece.note(),
                        piece.mediaType(),
                        piece.size(),
                        piece.sha256(),
                        Timestamp.from(clock.instant()))
                .update();
        if (content != null) {
            jdbc.sql("INSERT INTO validation_evidence_file (evidence_id, content) VALUES (?, ?)")
                    .params(id, content)
                    .update();
        }
        return id;
    }

    List<Evidence> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT * FROM validation_evidence WHERE case_id = ? ORDER BY added_at, id""").param(caseId).query(EvidenceRecords::evidence).list();
    }

    Optional<Evidence> find(UUID caseId, UUID id) {
        return jdbc.sql("SELECT * FROM validation_evidence WHERE case_id = ? AND id = ?")
                .params(caseId, id)
                .query(EvidenceRecords::evidence)
                .optional();
    }

    Optional<byte[]> content(UUID id) {
        return jdbc.sql("SELECT content FROM validation_evidence_file WHERE evidence_id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** How many files a case stores (retired ones too), and their bytes together. */
    record Usage(int files, long bytes) {}

    Usage usage(UUID caseId) {
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(size), 0) FROM validation_evidence
                        WHERE case_id = ? AND kind = 'FILE'""")
                .param(caseId)
                .query((rs, n) -> new Usage(rs.getInt(1), rs.getLong(2)))
                .single();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM validation_evidence WHERE id = ?").param(id).update();
    }

    void retire(UUID id) {
        jdbc.sql("UPDATE validation_evidence SET retired_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Marks everything the case holds as submitted: from now on it is retired, never deleted. */
    void submitAll(UUID caseId) {
        jdbc.sql("UPDATE validation_evidence SET submitted = TRUE WHERE case_id = ?")
                .param(caseId)
                .update();
    }

    private static Evidence evidence(ResultSet rs, int row) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Evidence(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("competence"),
                EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("label"),
                rs.getString("url"),
                rs.getString("note"),
                rs.getString("media_type"),
                rs.getLong("size"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getBoolean("submitted"),
                retired == null ? null : retired.toInstant());
    }
}
