package org.skills4cities.toolkit.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts login attempts per account (keyed by the email typed, whether or not such an account exists, so the
 * answer reveals nothing) and per client address, in the database so that every node counts the same. An attempt is
 * counted before the password is checked, with one atomic increment, so parallel attempts all count and none slips
 * past the limit; a successful login clears the account's count. Limits: 5 attempts per account and 50 per address
 * ({@code toolkit.security.login.address-limit}) within 15 minutes; past them, logins are refused until the 15
 * minutes from the first attempt have passed.
 */
@Component
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;

    private final int addressLimit;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${toolkit.security.login.address-limit:50}") int addressLimit) {
        this.addressLimit = addressLimit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts an attempt for the email and the address; false when either is over its limit. The rows to count in are
     * made first, each in a short transaction of its own, and then counted in one more: a request never holds two
     * connections at once, so that many parallel attempts cannot use up the pool waiting for each other.
     */
    public boolean attempt(String email, String address) {
        Instant now = clock.instant();
        createIfAbsent("account:" + email, now);
        createIfAbsent("address:" + address, now);
        return Boolean.TRUE.equals(separately.execute(status -> {
            int forAccount = count("account:" + email, now);
            int forAddress = count("address:" + address, now);
            return forAccount <= ACCOUNT_LIMIT && forAddress <= addressLimit;
        }));
    }

    /**
     * After a successful login: forgets the account's attempts, and gives the address back the attempt it was
     * charged, so that many people behind one address can log in while failures from it still add up.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email, String address) {
        forget(email);
        jdbc.sql("UPDATE login_throttle SET attempts = attempts - 1 WHERE throttle_key = ? AND attempts > 0")
                .param("address:" + address)
                .update();
    }

    /** Counts a second-factor code for the account; false when past the account limit. */
    public boolean attemptSecondFactor(UUID accountId) {
        Instant now = clock.instant();
        String key = "second-factor:" + accountId;
        createIfAbsent(key, now);
        return Boolean.TRUE.equals(separately.execute(status -> count(key, now) <= ACCOUNT_LIMIT));
    }

    /** Forgets the account's second-factor attempts after a right code. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorPassed(UUID accountId) {
        delete("second-factor:" + accountId);
    }

    private void delete(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(key).update();
    }

    /** Forgets the account's attempts, as after a password reset. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(String email) {
        delete("account:" + email);
    }

    /** How many attempts are counted for the email in the current window. */
    public int attempts(String email) {
        return counted("account:" + email);
    }

    /** How many second-factor codes are counted for the account in the current window. */
    public int secondFactorAttempts(UUID accountId) {
        return counted("second-factor:" + accountId);
    }

    private int counted(String key) {
        return jdbc.sql("SELECT attempts FROM login_throttle WHERE throttle_key = ? AND window_start > ?")
                .params(key, Timestamp.from(clock.instant().minus(WINDOW)))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Adds one attempt under the key's row, starting a new window when the last has passed; the count after it. */
    private int count(String key, Instant now) {
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        jdbc.sql("""
                        UPDATE login_throttle
                        SET attempts = CASE WHEN window_start > ? THEN attempts + 1 ELSE 1 END,
                            window_start = CASE WHEN window_start > ? THEN window_start ELSE ? END
                        WHERE throttle_key = ?
                        """).params(windowStart, windowStart, Timestamp.from(now), key).update();
        return jdbc.sql("SELECT attempts FROM login_throttle WHERE throttle_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    /** The row to count in, made in a transaction of its own so that a parallel insert of it harms nothing. */
    private void createIfAbsent(String key, Instant now) {
        try {
            separately.executeWithoutResult(status ->
                    jdbc.sql("""
                            INSERT INTO login_throttle (throttle_key, attempts, window_start)
                            SELECT ?, 0, ? FROM (VALUES (1)) AS one (x)
                            WHERE NOT EXISTS (SELECT 1 FROM login_throttle WHERE throttle_key = ?)
                            """).params(key, Timestamp.from(now), key).update());
        } catch (DuplicateKeyException parallelInsert) {
            // another attempt made the row first: count in it
        }
    }
}
