package org.skills4cities.toolkit.account;

import java.security.Principal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.OneTimeLinks.Link;
import org.skills4cities.toolkit.account.OneTimeLinks.Purpose;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.mail.Mail;
import org.skills4cities.toolkit.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: registration with a confirmed email, login with throttling, password change and reset, second factor,
 * language, disabling and deletion. Nothing it answers tells whether an email has an account: registration and
 * reset answer the same either way and say the rest by mail.
 */
@Service
public class Accounts {

    /** A plain address: no display names, comments, lists or quoted parts, which mail libraries read differently. */
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s,;:<>()\\[\\]\"\\\\]+@[^@\\s,;:<>()\\[\\]\"\\\\]+\\.[^@\\s,;:<>()\\[\\]\"\\\\]+$");

    private static final int MAX_EMAIL = 254;
    private static final String ISSUER = "Skills4Cities";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Passwords passwords;
    private final OneTimeLinks links;
    private final LoginThrottle throttle;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    Accounts(
            JdbcClient jdbc,
            Clock clock,
            Passwords passwords,
            OneTimeLinks links,
            LoginThrottle throttle,
            Mailer mailer,
            MessageSource messages,
            AuditLog audit,
            ApplicationEventPublisher events,
            @Value("${toolkit.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
        this.links = links;
        this.throttle = throttle;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The email as it is stored and compared: trimmed, lower case. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Registers a new account, to be confirmed through the link mailed to it. When the email already has an account,
     * its owner gets a mail saying so instead; the caller learns nothing either way.
     */
    @Transactional
    public void register(String email, String displayName, String password, Language language) {
        String address = checkedEmail(email);
        String name = checkedName(displayName);
        String hash = passwords.hash(password);
        Optional<Account> existing = findByEmail(address);
        if (existing.isPresent() && existing.get().status() == AccountStatus.PENDING) {
            removePending(existing.get().id());
            existing = Optional.empty();
        }
        if (existing.isPresent()) {
            Account account = existing.get();
            send(account.email(), account.language(), "mail.registered", account.displayName(), baseUrl + "/login");
            audit(account.id(), "account.registration-repeated", "account " + account.id(), null);
            return;
        }
        UUID id = UUID.randomUUID();
        insert(id, address, name, hash, language, AccountStatus.PENDING, false);
        String token = links.create(new Link(Purpose.VERIFY, id, address, null, null, null));
        send(address, language, "mail.verify", name, baseUrl + "/confirm-email/" + token);
        audit(id, "account.registered", "account " + id, null);
    }

    /**
     * Forgets an unconfirmed registration, so that whoever registers the email next (its owner, who alone can confirm
     * it) starts afresh and an earlier registration's link stops working.
     */
    private void removePending(UUID id) {
        jdbc.sql("DELETE FROM one_time_link WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM account WHERE id = ? AND status = 'PENDING'")
                .param(id)
                .update();
    }

    /** Whether a confirmation link is still good, so that the page can offer to confirm. */
    public boolean verifyLinkValid(String token) {
        return links.peek(Purpose.VERIFY, token).isPresent();
    }

    /** Confirms the email of a pending account through its link. */
    @Transactional
    public Optional<Account> verifyEmail(String token) {
        Optional<Account> account = links.use(Purpose.VERIFY, token)
                .map(Link::accountId)
                .flatMap(this::find)
                .filter(a -> a.status() == AccountStatus.PENDING);
        account.ifPresent(a -> {
            setStatus(a.id(), AccountStatus.ACTIVE);
            audit(a.id(), "account.verified", "account " + a.id(), null);
        });
        return account.map(a -> find(a.id()).orElseThrow());
    }

    /**
     * Checks email and password, counting the attempt first (see {@link LoginThrottle}); the outcome does not say
     * which of them was wrong, or whether the account exists, is pending or disabled.
     */
    public LoginOutcome login(String email, String password, String address) {
        String normalized = normalizeEmail(email);
        if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
            passwords.matches(password, null);
            audit.record(null, null, "login.failed", null, null, "not an email address");
            return new LoginOutcome(null, false);
        }
        if (!throttle.attempt(normalized, address)) {
            passwords.matches(password, null);
            audit.record(null, normalized, "login.throttled", null, null, null);
            return new LoginOutcome(null, true);
        }
        Optional<String> hash = jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                .param(normalized)
                .query(String.class)
                .optional();
        boolean matches = passwords.matches(password, hash.orElse(null));
        Optional<Account> account = matches ? findByEmail(normalized).filter(Account::isActive) : Optional.empty();
        if (account.isEmpty()) {
            audit.record(null, normalized, "login.failed", null, null, null);
            return new LoginOutcome(null, false);
        }
        throttle.succeeded(normalized, address);
        return new LoginOutcome(account.get(), false);
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?")
                .param(id)
                .query(Accounts::account)
                .optional();
    }

    /** The active account of a request's signed-in person (the principal's name is the email), if there is one. */
    public Optional<Account> signedIn(@Nullable Principal principal) {
        return principal == null
                ? Optional.empty()
                : findByEmail(principal.getName()).filter(Account::isActive);
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM account WHERE email = ?")
                .param(normalizeEmail(email))
                .query(Accounts::account)
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT * FROM account ORDER BY email")
                .query(Accounts::account)
                .list();
    }

    /** Changes the password after checking the current one; the account's other sessions end. */
    @Transactional
    public void changePassword(UUID id, String current, String next, @Nullable String session) {
        Account account = find(id).orElseThrow();
        if (!passwordMatches(id, current)) {
            throw new InvalidInput("currentPassword", "wrong");
        }
        setPassword(id, passwords.hash(next));
        audit(id, "password.changed", "account " + id, null);
        events.publishEvent(new SessionsToEnd(account.email(), session));
    }

    /** Whether the password is the account's, for confirming a grave step such as deletion. */
    public boolean passwordMatches(UUID id, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        return passwords.matches(password, hash);
    }

    /** Mails a reset link if an active account has the email; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        findByEmail(email).filter(Account::isActive).ifPresent(account -> {
            String token = links.create(new Link(Purpose.RESET, account.id(), account.email(), null, null, null));
            send(
                    account.email(),
                    account.language(),
                    "mail.reset",
                    account.displayName(),
                    baseUrl + "/password/reset/" + token);
            audit(account.id(), "password.reset-requested", "account " + account.id(), null);
        });
    }

    /** Whether a reset link is still good, so that the page can ask for the new password. */
    public boolean resetLinkValid(String token) {
        return links.peek(Purpose.RESET, token).isPresent();
    }

    /** Sets a new password through a reset link; every session of the account ends. */
    @Transactional
    public boolean resetPassword(String token, String next) {
        String hash = passwords.hash(next);
        Optional<Account> account =
                links.use(Purpose.RESET, token).map(Link::accountId).flatMap(this::find);
        account.ifPresent(a -> {
            setPassword(a.id(), hash);
            jdbc.sql("DELETE FROM one_time_link WHERE account_id = ? AND purpose = 'RESET'")
                    .param(a.id())
                    .update();
            jdbc.sql("UPDATE access_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                    .params(Timestamp.from(clock.instant()), a.id())
                    .update();
            throttle.forget(a.email());
            audit(a.id(), "password.reset", "account " + a.id(), null);
            events.publishEvent(new SessionsToEnd(a.email(), null));
        });
        return account.isPresent();
    }

    @Transactional
    public void update(UUID id, String displayName, Language language) {
        jdbc.sql("UPDATE account SET display_name = ?, language = ? WHERE id = ?")
                .params(checkedName(displayName), language.code(), id)
                .update();
    }

    @Transactional
    public void setLanguage(UUID id, Language language) {
        jdbc.sql("UPDATE account SET language = ? WHERE id = ?")
                .params(language.code(), id)
                .update();
    }

    /** Disables or enables an account; disabling ends all its sessions at once. */
    @Transactional
    public void setEnabled(UUID id, boolean enabled, Account by) {
        Account account = find(id).orElseThrow(() -> new NotFound("account", id.toString()));
        setStatus(id, enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        audit.record(
                by.id(), by.email(), enabled ? "account.enabled" : "account.disabled", "account " + id, null, null);
        if (!enabled) {
            events.publishEvent(new SessionsToEnd(account.email(), null));
        }
    }

    /**
     * Deletes the account and what is only its own (memberships, tokens, links); its audit events stay, no longer
     * naming it. Later modules keep what the retention rules say they must (see docs/security.md).
     */
    @Transactional
    public void delete(UUID id) {
        Account account = find(id).orElseThrow();
        audit(id, "account.deleted", "account " + id, null);
        audit.forget(id, account.email());
        jdbc.sql("DELETE FROM one_time_link WHERE account_id = ? OR email = ?")
                .params(id, account.email())
                .update();
        jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
        events.publishEvent(new SessionsToEnd(account.email(), null));
    }

    /** Every role the account holds: learner always, platform admin by its own flag, the rest by membership. */
    public Set<Role> roles(UUID id) {
        return find(id).map(this::roles).orElseGet(() -> EnumSet.of(Role.LEARNER));
    }

    /** The roles of an account already at hand, without reading it again. */
    public Set<Role> roles(Account account) {
        Set<Role> roles = EnumSet.of(Role.LEARNER);
        if (account.platformAdmin()) {
            roles.add(Role.PLATFORM_ADMIN);
        }
        memberships(account.id()).forEach(m -> roles.add(m.role()));
        return roles;
    }

    public List<Membership> memberships(UUID accountId) {
        return jdbc.sql("""
                        SELECT m.account_id, m.organisation_id, o.name, m.role
                        FROM membership m JOIN organisation o ON o.id = m.organisation_id
                        WHERE m.account_id = ?
                        ORDER BY o.name, m.role
                        """)
                .param(accountId)
                .query((rs, n) -> new Membership(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        Role.ofCode(rs.getString("role")).orElseThrow()))
                .list();
    }

    public boolean requiresSecondFactor(UUID id) {
        return roles(id).stream().anyMatch(Role::requiresSecondFactor);
    }

    /** Starts enrolling a second factor: a new secret, not yet in force, and its otpauth address for the QR code. */
    @Transactional
    public String startSecondFactor(UUID id) {
        Account account = find(id).orElseThrow();
        if (account.totpEnabled()) {
            throw new InvalidInput("code", "alreadyOn");
        }
        String secret = Totp.newSecret();
        jdbc.sql("UPDATE account SET totp_secret = ?, totp_enabled = FALSE, totp_last_step = NULL WHERE id = ?")
                .params(secret, id)
                .update();
        return Totp.uri(ISSUER, account.email(), secret);
    }

    /** Puts the second factor in force once a code from the new secret is right. */
    @Transactional
    public boolean confirmSecondFactor(UUID id, String code) {
        if (!checkCode(id, code)) {
            return false;
        }
        jdbc.sql("UPDATE account SET totp_enabled = TRUE WHERE id = ?")
                .param(id)
                .update();
        audit(id, "second-factor.enabled", "account " + id, null);
        return true;
    }

    /**
     * Checks a code of the account's second factor; each code works once. Codes are counted like logins (5 in 15
     * minutes per account, counted before the check): past that, every code is refused, the right one included.
     */
    @Transactional
    public boolean verifySecondFactor(UUID id, String code) {
        if (!throttle.attemptSecondFactor(id)) {
            audit(id, "second-factor.throttled", "account " + id, null);
            return false;
        }
        boolean ok = find(id).filter(Account::totpEnabled).isPresent() && checkCode(id, code);
        if (ok) {
            throttle.secondFactorPassed(id);
        }
        audit(id, ok ? "second-factor.passed" : "second-factor.failed", "account " + id, null);
        return ok;
    }

    /** Whether too many wrong codes were given lately: the partial sign-in should end. */
    public boolean secondFactorBlocked(UUID id) {
        return throttle.secondFactorAttempts(id) > LoginThrottle.ACCOUNT_LIMIT;
    }

    /** Turns the second factor off, with a valid code, unless one of the account's roles requires it. */
    @Transactional
    public boolean disableSecondFactor(UUID id, String code) {
        if (requiresSecondFactor(id) || !verifySecondFactor(id, code)) {
            return false;
        }
        jdbc.sql("UPDATE account SET totp_enabled = FALSE, totp_secret = NULL WHERE id = ?")
                .param(id)
                .update();
        audit(id, "second-factor.disabled", "account " + id, null);
        return true;
    }

    /** The first platform admin, from configuration or the setup link; refused once any platform admin exists. */
    @Transactional
    public Account createFirstAdmin(String email, String displayName, String password, Language language) {
        if (hasPlatformAdmin()) {
            throw new IllegalStateException("A platform admin exists already");
        }
        String address = checkedEmail(email);
        String hash = passwords.hash(password);
        Optional<Account> existing = findByEmail(address);
        if (existing.isPresent() && existing.get().status() != AccountStatus.PENDING) {
            throw new InvalidInput("email", "taken");
        }
        existing.ifPresent(pending -> removePending(pending.id()));
        UUID id = UUID.randomUUID();
        insert(id, address, checkedName(displayName), hash, language, AccountStatus.ACTIVE, true);
        audit(id, "platform-admin.created", "account " + id, null);
        return find(id).orElseThrow();
    }

    public boolean hasPlatformAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE platform_admin = TRUE")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new first-admin setup link. */
    @Transactional
    public String setupLink() {
        return baseUrl + "/setup/" + links.create(new Link(Purpose.SETUP, null, null, null, null, null));
    }

    public boolean setupLinkValid(String token) {
        return !hasPlatformAdmin() && links.peek(Purpose.SETUP, token).isPresent();
    }

    /** Creates the first platform admin through the setup link, which then stops working. */
    @Transactional
    public Optional<Account> completeSetup(
            String token, String email, String name, String password, Language language) {
        passwords.accepted(password);
        checkedEmail(email);
        checkedName(name);
        if (hasPlatformAdmin() || links.use(Purpose.SETUP, token).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(createFirstAdmin(email, name, password, language));
    }

    /** Records an account's own action in the audit log. */
    public void audit(UUID accountId, String action, @Nullable String target, @Nullable String detail) {
        String email = find(accountId).map(Account::email).orElse(null);
        audit.record(accountId, email, action, target, null, detail);
    }

    void send(String to, Language language, String key, Object... arguments) {
        mailer.send(new Mail(
                to,
                messages.getMessage(key + ".subject", null, language.locale()),
                messages.getMessage(key + ".body", arguments, language.locale())));
    }

    String baseUrl() {
        return baseUrl;
    }

    void insert(
            UUID id,
            String email,
            String name,
            @Nullable String hash,
            Language language,
            AccountStatus status,
            boolean platformAdmin) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO account (id, email, display_name, password_hash, language, status, platform_admin,
                                             totp_enabled, created_at, password_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)
                        """)
                .params(
                        id,
                        email,
                        name,
                        hash,
                        language.code(),
                        status.name(),
                        platformAdmin,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    static String checkedEmail(String email) {
        String address = normalizeEmail(email);
        if (address.isEmpty()) {
            throw new InvalidInput("email", "blank");
        }
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new InvalidInput("email", "invalid");
        }
        return address;
    }

    static String checkedName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput("displayName", "blank");
        }
        if (stripped.length() > 200) {
            throw new InvalidInput("displayName", "tooLong");
        }
        return stripped;
    }

    private boolean checkCode(UUID id, String code) {
        String secret = jdbc.sql("SELECT totp_secret FROM account WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        if (secret == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return false;
        }
        int used = jdbc.sql("""
                        UPDATE account SET totp_last_step = ?
                        WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)
                        """).params(step.getAsLong(), id, step.getAsLong()).update();
        return used == 1;
    }

    private void setPassword(UUID id, String hash) {
        jdbc.sql("UPDATE account SET password_hash = ?, password_changed_at = ? WHERE id = ?")
                .params(hash, Timestamp.from(clock.instant()), id)
                .update();
    }

    private void setStatus(UUID id, AccountStatus status) {
        jdbc.sql("UPDATE account SET status = ? WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                Language.ofCode(rs.getString("language")).orElse(Language.DEFAULT),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("platform_admin"),
                rs.getBoolean("totp_enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Nothing of that kind has that identifier, or the caller may not see it. */
    public static class NotFound extends RuntimeException {

        private final String kind;
        private final String id;

        public NotFound(String kind, String id) {
            super("No " + kind + " " + id);
            this.kind = kind;
            this.id = id;
        }

        public String kind() {
            return kind;
        }

        public String id() {
            return id;
        }
    }
}
