package org.skills4cities.toolkit.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private links to a gap report, for showing it to someone without an account. The link carries 256 random bits of
 * which only the SHA-256 is kept, so a link is shown once, when it is made; it works until its owner revokes it.
 * A revoked link is kept (as revoked), so that it answers "revoked" and not "no such link".
 */
@Service
public class ShareLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShareLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A link of an assessment: its hash's first characters name it on the page, never the token. */
    public record Link(
            String hash, Instant createdAt, @Nullable Instant revokedAt) {

        public String name() {
            return hash.substring(0, 8);
        }

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** What a link opens: the assessment, or nothing because it was revoked or never existed. */
    public record Opened(@Nullable UUID assessment, boolean revoked) {}

    /** Makes a new link and gives its token, the only time it is seen. */
    @Transactional
    public String create(UUID assessment) {
        String token = Secrets.token();
        jdbc.sql("INSERT INTO assessment_link (token_hash, assessment_id, created_at) VALUES (?, ?, ?)")
                .params(Secrets.sha256(token), assessment, Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** Revokes the assessment's link whose hash starts with {@code name}; false when there is none to revoke. */
    @Transactional
    public boolean revoke(UUID assessment, String name) {
        if (name.length() < 8) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE assessment_link SET revoked_at = ?
                        WHERE assessment_id = ? AND token_hash LIKE ? AND revoked_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), assessment, name.replaceAll("[^0-9a-f]", "") + "%")
                        .update()
                > 0;
    }

    public List<Link> of(UUID assessment) {
        return jdbc.sql("""
                        SELECT token_hash, created_at, revoked_at FROM assessment_link
                        WHERE assessment_id = ? ORDER BY created_at, token_hash""")
                .param(assessment)
                .query((rs, n) -> new Link(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list();
    }

    public Opened open(String token) {
        return jdbc.sql("SELECT assessment_id, revoked_at FROM assessment_link WHERE token_hash = ?")
                .param(Secrets.sha256(token))
                .query((rs, n) -> new Opened(
                        rs.getTimestamp(2) == null ? rs.getObject(1, UUID.class) : null, rs.getTimestamp(2) != null))
                .optional()
                .orElse(new Opened(null, false));
    }
}
