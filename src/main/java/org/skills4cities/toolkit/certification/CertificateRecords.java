package org.skills4cities.toolkit.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The certificate tables in SQL: certificates with their competences, and their events. */
@Component
class CertificateRecords {

    private static final String SELECT = """
            SELECT c.id, c.case_id, c.holder_id, c.holder_name, c.language, c.body_id, o.name AS body_name,
                   c.framework_slug, c.framework_version, c.role_code, c.issued_at, c.valid_from, c.valid_until,
                   c.time_zone, c.status, c.status_reason, c.status_index, c.key_generation, c.credential,
                   c.credential_jwt, c.listed, c.version
            FROM certificate c JOIN organisation o ON o.id = c.body_id
            """;

    private final JdbcClient jdbc;

    CertificateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Certificate c, String searchName, Instant at) {
        jdbc.sql("""
                        INSERT INTO certificate (id, case_id, holder_id, holder_name, search_name, language, body_id,
                            framework_slug, framework_version, role_code, issued_at, valid_from, valid_until,
                            time_zone, status, status_reason, status_index, key_generation, credential,
                            credential_jwt, listed, version, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        c.id(),
                        c.caseId(),
                        c.holderId(),
                        c.holderName(),
                        searchName,
                        c.language(),
                        c.bodyId(),
                        c.framework().slug(),
                        c.framework().version(),
                        c.roleCode(),
                        Timestamp.from(c.issuedAt()),
                        Timestamp.from(c.validFrom()),
                        Timestamp.from(c.validUntil()),
                        c.zone().getId(),
                        c.status().name(),
                        c.statusReason(),
                        c.statusIndex(),
                        c.keyGeneration(),
                        c.credential(),
                        c.credentialJwt(),
                        c.listed(),
                        c.version(),
                        Timestamp.from(at))
                .update();
        List<Certificate.Attested> competences = c.competences();
        for (int i = 0; i < competences.size(); i++) {
            jdbc.sql("""
                            INSERT INTO certificate_competence (certificate_id, position, competence, level)
                            VALUES (?, ?, ?, ?)
                            """)
                    .params(
                            c.id(),
                            i,
                            competences.get(i).competence(),
                            competences.get(i).level())
                    .update();
        }
    }

    Optional<Certificate> find(String id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?")
                .param(id)
                .query(this::certificate)
                .optional();
    }

    Optional<Certificate> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " WHERE c.case_id = ?")
                .param(caseId)
                .query(this::certificate)
                .optional();
    }

    List<Certificate> ofHolder(UUID holder) {
        return jdbc.sql(SELECT + " WHERE c.holder_id = ? ORDER BY c.issued_at DESC")
                .param(holder)
                .query(this::certificate)
                .list();
    }

    List<Certificate> ofBody(UUID body, int limit) {
        return jdbc.sql(SELECT + " WHERE c.body_id = ? ORDER BY c.issued_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(body)
                .query(this::certificate)
                .list();
    }

    /** Listed certificates whose folded holder name contains every folded word, newest first. */
    List<Certificate> listedByName(List<String> words, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE c.listed = TRUE");
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            sql.append(" AND c.search_name LIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY c.holder_name, c.issued_at DESC FETCH FIRST ")
                .append(limit)
                .append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(this::certificate).list();
    }

    /**
     * Changes status, reason, validity and credential under the version read; false when someone changed the
     * certificate in between.
     */
    boolean update(Certificate c, Instant at) {
        return jdbc.sql("""
                                UPDATE certificate SET status = ?, status_reason = ?, valid_until = ?, credential = ?,
                                    credential_jwt = ?, key_generation = ?, listed = ?, version = version + 1,
                                    updated_at = ?
                                WHERE id = ? AND version = ?
                                """)
                        .params(
                                c.status().name(),
                                c.statusReason(),
                                Timestamp.from(c.validUntil()),
                                c.credential(),
                                c.credentialJwt(),
                                c.keyGeneration(),
                                c.listed(),
                                Timestamp.from(at),
                                c.id(),
                                c.version())
                        .update()
                == 1;
    }

    void event(String certificate, CertificateEvent e) {
        jdbc.sql("""
                        INSERT INTO certificate_event (id, certificate_id, seq, kind, actor_id, reason, cpd_hours,
                                                       valid_until, at)
                        VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM certificate_event WHERE certificate_id = ?),
                                ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        certificate,
                        certificate,
                        e.kind().name(),
                        e.actorId(),
                        e.reason(),
                        e.cpdHours(),
                        e.validUntil() == null ? null : Timestamp.from(e.validUntil()),
                        Timestamp.from(e.at()))
                .update();
    }

    List<CertificateEvent> events(String certificate) {
        return jdbc.sql("""
                        SELECT kind, actor_id, reason, cpd_hours, valid_until, at FROM certificate_event
                        WHERE certificate_id = ? ORDER BY seq
                        """)
                .param(certificate)
                .query((rs, n) -> new CertificateEvent(
                        CertificateEvent.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        instant(rs.getTimestamp(5)),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The status indices taken, so that a new certificate gets a free one. */
    boolean indexTaken(int index) {
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE status_index = ?")
                        .param(index)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The status of the certificate at a status list index. */
    Optional<CertificateStatus> statusAt(int index) {
        return jdbc.sql("SELECT status FROM certificate WHERE status_index = ?")
                .param(index)
                .query(String.class)
                .optional()
                .map(CertificateStatus::valueOf);
    }

    /** The indices whose bit is set in a list: revoked, or suspended. */
    BitSet indices(CertificateStatus status) {
        BitSet bits = new BitSet();
        jdbc.sql("SELECT status_index FROM certificate WHERE status = ?")
                .param(status.name())
                .query(Integer.class)
                .list()
                .forEach(bits::set);
        return bits;
    }

    private Certificate certificate(ResultSet rs, int n) throws SQLException {
        String id = rs.getString("id");
        List<Certificate.Attested> competences = jdbc.sql("""
                        SELECT competence, level FROM certificate_competence WHERE certificate_id = ?
                        ORDER BY position
                        """)
                .param(id)
                .query((r, i) -> new Certificate.Attested(r.getString(1), r.getInt(2)))
                .list();
        return new Certificate(
                id,
                rs.getObject("case_id", UUID.class),
                rs.getObject("holder_id", UUID.class),
                rs.getString("holder_name"),
                rs.getString("language"),
                rs.getObject("body_id", UUID.class),
                rs.getString("body_name"),
                new FrameworkVersion(rs.getString("framework_slug"), rs.getString("framework_version")),
                rs.getString("role_code"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until").toInstant(),
                ZoneId.of(rs.getString("time_zone")),
                CertificateStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getInt("status_index"),
                rs.getInt("key_generation"),
                rs.getString("credential"),
                rs.getString("credential_jwt"),
                rs.getBoolean("listed"),
                rs.getInt("version"),
                competences);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
