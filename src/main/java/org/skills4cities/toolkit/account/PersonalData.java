package org.skills4cities.toolkit.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.stereotype.Service;

/** Everything the platform holds about a person, for them to download. */
@Service
public class PersonalData {

    /**
     * The export: the account, its memberships, its tokens (never the secrets), what it did, and what other modules
     * hold about it ({@code held}, by section, such as its assessments).
     */
    public record Export(
            String format,
            Instant exportedAt,
            Account account,
            List<Membership> memberships,
            List<AccessToken> tokens,
            List<AuditEvent> activity,
            Map<String, Object> held) {}

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final List<PersonalDataSource> sources;

    PersonalData(
            Accounts accounts, AccessTokens tokens, AuditLog audit, Clock clock, List<PersonalDataSource> sources) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.sources = List.copyOf(sources);
    }

    public Export of(UUID accountId) {
        Account account = accounts.find(accountId).orElseThrow();
        accounts.audit(accountId, "personal-data.exported", "account " + accountId, null);
        return new Export(
                "skills4cities-personal-data/1",
                clock.instant(),
                account,
                accounts.memberships(accountId),
                tokens.list(accountId),
                audit.of(accountId),
                held(accountId));
    }

    private Map<String, Object> held(UUID accountId) {
        Map<String, Object> held = new TreeMap<>();
        sources.forEach(source -> held.put(source.section(), source.of(accountId)));
        return held;
    }
}
