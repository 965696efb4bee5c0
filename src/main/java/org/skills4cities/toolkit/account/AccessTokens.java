package org.skills4cities.toolkit.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for API clients: {@code s4c_} and 43 URL-safe characters (256 random bits), stored as their
 * SHA-256, valid for 90 days unless revoked earlier, and only while their account is active.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "s4c_";
    public static final Duration LIFETIME = Duration.ofDays(90);
    public static final int MAX_ACTIVE = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Accounts accounts;

    AccessTokens(JdbcClient jdbc, Clock clock, Accounts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A new token and the secret to hand its owner once. */
    public record Created(AccessToken token, String secret) {}

    @Transactional
    public Created create(UUID accountId, String name) {
        String label = name.strip().isEmpty() ? "API" : name.strip();
        if (label.length() > 100) {
            throw new InvalidInput("name", "tooLong");
        }
        Instant now = clock.instant();
        long active = list(accountId).stream().filter(t -> t.isActive(now)).count();
        if (active >= MAX_ACTIVE) {
            throw new TooManyTokens(MAX_ACTIVE);
        }
        String secret = PREFIX + Secrets.token();
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("""
                        INSERT INTO access_token (id, account_id, name, token_hash, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, accountId, label, Secrets.sha256(secret), Timestamp.from(now), Timestamp.from(expires))
                .update();
        accounts.audit(accountId, "token.created", "token " + id, label);
        return new Created(new AccessToken(id, label, now, expires, null, null), secret);
    }

    public List<AccessToken> list(UUID accountId) {
        return jdbc.sql("SELECT * FROM access_token WHERE account_id = ? ORDER BY created_at DESC")
                .param(accountId)
                .query((rs, n) -> new AccessToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the account's own tokens; false if it has no such token. */
    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        int revoked = jdbc.sql("""
                        UPDATE access_token SET revoked_at = ?
                        WHERE id = ? AND account_id = ? AND revoked_at IS NULL
                        """)
                .params(Timestamp.from(clock.instant()), tokenId, accountId)
                .update();
        if (revoked == 1) {
            accounts.audit(accountId, "token.revoked", "token " + tokenId, null);
        }
        return revoked == 1;
    }

    /** The active account a token belongs to, if the token is valid; notes when it was used. */
    public Optional<Account> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UUID> owner = jdbc.sql("""
                        SELECT account_id FROM access_token
                        WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
                        """)
                .params(Secrets.sha256(secret), Timestamp.from(now))
                .query(UUID.class)
                .optional();
        owner.ifPresent(id -> jdbc.sql("UPDATE access_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(now), Secrets.sha256(secret))
                .update());
        return owner.flatMap(accounts::find).filter(Account::isActive);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An account may hold only so many active tokens. */
    public static class TooManyTokens extends RuntimeException {

        public TooManyTokens(int limit) {
            super("At most " + limit + " active tokens");
        }
    }
}
