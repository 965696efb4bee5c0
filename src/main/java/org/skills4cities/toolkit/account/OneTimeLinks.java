package org.skills4cities.toolkit.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links sent by mail that work once and expire: email verification (24 hours), password reset (1 hour), invitation
 * (7 days), first-admin setup (24 hours). Only the SHA-256 of the token is stored.
 */
@Component
class OneTimeLinks {

    enum Purpose {
        VERIFY(Duration.ofHours(24)),
        RESET(Duration.ofHours(1)),
        INVITE(Duration.ofDays(7)),
        SETUP(Duration.ofHours(24));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** What a link was made for. */
    record Link(
            Purpose purpose,
            @Nullable UUID accountId,
            @Nullable String email,
            @Nullable UUID organisationId,
            @Nullable String role,
            @Nullable UUID createdBy) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a link and gives its token, which exists nowhere else. */
    String create(Link link) {
        String token = Secrets.token();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO one_time_link (token_hash, purpose, account_id, email, organisation_id, role,
                                                   created_by, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        Secrets.sha256(token),
                        link.purpose().name(),
                        link.accountId(),
                        link.email(),
                        link.organisationId(),
                        link.role(),
                        link.createdBy(),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(link.purpose().lifetime)))
                .update();
        return token;
    }

    /** The link of a token if it is of that purpose, unused and unexpired, without using it. */
    Optional<Link> peek(Purpose purpose, String token) {
        return jdbc.sql("""
                        SELECT * FROM one_time_link
                        WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                        """)
                .params(Secrets.sha256(token), purpose.name(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Link(
                        purpose,
                        rs.getObject("account_id", UUID.class),
                        rs.getString("email"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("role"),
                        rs.getObject("created_by", UUID.class)))
                .optional();
    }

    /** Uses the link: it is valid this once; a second use, even in parallel, finds nothing. */
    Optional<Link> use(Purpose purpose, String token) {
        Optional<Link> link = peek(purpose, token);
        if (link.isEmpty()) {
            return link;
        }
        int used = jdbc.sql("UPDATE one_time_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), Secrets.sha256(token))
                .update();
        return used == 1 ? link : Optional.empty();
    }

    boolean exists(Purpose purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM one_time_link WHERE purpose = ? AND used_at IS NULL AND expires_at > ?")
                        .params(purpose.name(), Timestamp.from(clock.instant()))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
