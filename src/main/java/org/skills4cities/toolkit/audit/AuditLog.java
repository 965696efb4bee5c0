package org.skills4cities.toolkit.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit log. The address is the one of the request being served, if any. */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} on {@code target}. */
    public void record(
            @Nullable UUID actorId,
            @Nullable String actor,
            String action,
            @Nullable String target,
            @Nullable UUID organisationId,
            @Nullable String detail) {
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor_id, actor, action, target, organisation_id,
                                                 remote_address, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        Timestamp.from(clock.instant()),
                        actorId,
                        actor,
                        action,
                        target,
                        organisationId,
                        remoteAddress(),
                        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .update();
    }

    /** The latest events, newest first; only those of one organisation when it is given. */
    public List<AuditEvent> latest(int limit, @Nullable UUID organisationId) {
        String where = organisationId == null ? "" : "WHERE organisation_id = :organisation ";
        var query = jdbc.sql("SELECT * FROM audit_event " + where + "ORDER BY occurred_at DESC, id LIMIT :limit")
                .param("limit", limit);
        if (organisationId != null) {
            query = query.param("organisation", organisationId);
        }
        return query.query(AuditLog::event).list();
    }

    /** The events an account caused, for its own data export. */
    public List<AuditEvent> of(UUID actorId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE actor_id = ? ORDER BY occurred_at")
                .param(actorId)
                .query(AuditLog::event)
                .list();
    }

    /** Keeps the events of a deleted account but no longer says who it was, as actor or as target. */
    public void forget(UUID actorId, String email) {
        jdbc.sql("""
                        UPDATE audit_event SET actor = 'deleted account', remote_address = NULL
                        WHERE actor_id = ? OR actor = ?
                        """).params(actorId, email).update();
        jdbc.sql("UPDATE audit_event SET target = 'deleted account' WHERE target = ?")
                .param(email)
                .update();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("remote_address"),
                rs.getString("detail"));
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
