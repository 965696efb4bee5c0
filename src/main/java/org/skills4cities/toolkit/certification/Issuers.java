package org.skills4cities.toolkit.certification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.skills4cities.toolkit.exam.ExamSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification bodies as issuers: the time zone their certificates' dates are written in. A body that has not set
 * one issues in the zone of its latest exam session (Europe/Sofia when it has none); the zone a certificate was issued
 * in is kept with it and never changes.
 */
@Component
class Issuers {

    private final JdbcClient jdbc;
    private final ExamSessions sessions;
    private final Clock clock;

    Issuers(JdbcClient jdbc, ExamSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    ZoneId zone(UUID body) {
        return jdbc.sql("SELECT time_zone FROM certification_issuer WHERE body_id = ?")
                .param(body)
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElseGet(() -> sessions.lastZone(body));
    }

    @Transactional
    void setZone(UUID body, ZoneId zone) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("UPDATE certification_issuer SET time_zone = ?, updated_at = ? WHERE body_id = ?")
                .params(zone.getId(), now, body)
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO certification_issuer (body_id, time_zone, updated_at) VALUES (?, ?, ?)")
                    .params(body, zone.getId(), now)
                    .update();
        }
    }
}
