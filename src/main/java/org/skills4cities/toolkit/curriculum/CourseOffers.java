package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The course offers of training providers. Who may publish for which provider is decided by the caller (the web
 * layer, from the accounts module); this class checks the offer itself ({@link OfferChecks}), stores it and writes
 * every publication and withdrawal to the audit log. Current offers are those not withdrawn that have not ended yet;
 * they are kept in memory, since every gap report and learning path shows them: read again after an offer is published
 * or withdrawn on this node, on a new day, and at the latest after {@code toolkit.offers.refresh} (5 seconds by
 * default), when another node may have changed them.
 */
@Service
public class CourseOffers {

    private static final String SELECT = """
            SELECT o.id, o.organisation_id, org.name, o.title, o.starts_on, o.ends_on, o.place, o.online, o.lang,
                   o.price, o.currency, o.link, o.created_at, o.withdrawn_at
            FROM course_offer o JOIN organisation org ON org.id = o.organisation_id
            """;

    private static final Logger log = LoggerFactory.getLogger(CourseOffers.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Curricula curricula;
    private final AuditLog audit;
    private final Duration refresh;
    private final AtomicLong changes = new AtomicLong();
    private volatile @Nullable Snapshot current;

    CourseOffers(
            JdbcClient jdbc,
            Clock clock,
            Curricula curricula,
            AuditLog audit,
            @Value("${toolkit.offers.refresh:5s}") Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.curricula = curricula;
        this.audit = audit;
        this.refresh = refresh;
    }

    /**
     * Checks the offer and publishes it for the provider, recording who did it in the audit log.
     *
     * @throws InvalidOffer naming every problem; nothing is stored then
     */
    @Transactional
    public CourseOffer publish(UUID provider, Account by, OfferForm form) {
        OfferChecks.Checked offer = OfferChecks.check(form, unitCodes(), LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course_offer (id, organisation_id, title, starts_on, ends_on, place, online, lang,
                                                  price, currency, link, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        provider,
                        offer.title(),
                        offer.startsOn(),
                        offer.endsOn(),
                        offer.place(),
                        offer.online(),
                        offer.language(),
                        offer.price(),
                        offer.currency(),
                        offer.link(),
                        Timestamp.from(clock.instant()),
                        by.id())
                .update();
        offer.units()
                .forEach(unit -> jdbc.sql("INSERT INTO course_offer_unit (offer_id, unit_code) VALUES (?, ?)")
                        .params(id, unit)
                        .update());
        audit.record(by.id(), by.email(), "offer.published", "offer " + id, provider, offer.title());
        log.info("Course offer {} published for provider {}", id, provider);
        changed();
        return find(provider, id).orElseThrow();
    }

    /**
     * Withdraws an offer of the provider, recording who did it in the audit log; an offer withdrawn already stays as
     * it was.
     *
     * @throws OfferNotFound when the provider has no such offer
     */
    @Transactional
    public CourseOffer withdraw(UUID provider, UUID offer, Account by) {
        boolean withdrawn = jdbc.sql("""
                                UPDATE course_offer SET withdrawn_at = ?
                                WHERE id = ? AND organisation_id = ? AND withdrawn_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), offer, provider)
                        .update()
                > 0;
        if (withdrawn) {
            audit.record(by.id(), by.email(), "offer.withdrawn", "offer " + offer, provider, null);
            log.info("Course offer {} withdrawn by provider {}", offer, provider);
            changed();
        }
        return find(provider, offer).orElseThrow(() -> new OfferNotFound("offer " + offer));
    }

    /** One offer of a provider, withdrawn or not. */
    public Optional<CourseOffer> find(UUID provider, UUID offer) {
        return query("o.id = ? AND o.organisation_id = ?", "o.id", offer, provider).stream()
                .findFirst();
    }

    /** Every offer of a provider, withdrawn ones included, newest first. */
    public List<CourseOffer> ofProvider(UUID provider) {
        return query("o.organisation_id = ?", "o.starts_on DESC, o.id", provider);
    }

    /** The current offers, soonest first. */
    public List<CourseOffer> current() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        long seen = changes.get();
        Snapshot kept = current;
        if (kept != null
                && kept.day().equals(today)
                && kept.changes() == seen
                && now.isBefore(kept.readAt().plus(refresh))) {
            return kept.offers();
        }
        List<CourseOffer> offers = query("o.withdrawn_at IS NULL AND o.ends_on >= ?", "o.starts_on, o.id", today);
        current = new Snapshot(offers, today, seen, now);
        return offers;
    }

    /** The current offers the filter lets through, soonest first. */
    public List<CourseOffer> current(OfferFilter filter) {
        return current().stream().filter(filter::accepts).toList();
    }

    /** The codes of every unit of the curricula: those an offer may be for. */
    public Set<String> unitCodes() {
        return curricula.all().stream()
                .flatMap(Curriculum::units)
                .map(Unit::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The current offers for each of these units, soonest first. */
    public Map<String, List<CourseOffer>> currentFor(Collection<String> units) {
        Map<String, List<CourseOffer>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u, new ArrayList<>()));
        if (!units.isEmpty()) {
            current()
                    .forEach(o -> o.units().stream()
                            .filter(byUnit::containsKey)
                            .forEach(u -> byUnit.get(u).add(o)));
        }
        return byUnit;
    }

    /** The offers matching a condition on {@code o}, the offer, with their units. */
    private List<CourseOffer> query(String where, String order, Object... params) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getTimestamp(13),
                        rs.getTimestamp(14)))
                .list();
        Map<UUID, List<String>> units = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("""
                            SELECT u.offer_id, u.unit_code
                            FROM course_offer_unit u JOIN course_offer o ON o.id = u.offer_id
                            WHERE %s
                            ORDER BY u.unit_code""".formatted(where))
                    .params(params)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list()
                    .forEach(e -> units.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
        }
        return rows.stream()
                .map(r -> new CourseOffer(
                        r.id,
                        r.provider,
                        r.providerName,
                        r.title,
                        r.startsOn,
                        r.endsOn,
                        r.place,
                        r.online,
                        r.language,
                        r.price,
                        r.currency,
                        r.link,
                        units.getOrDefault(r.id, List.of()),
                        r.createdAt.toInstant(),
                        r.withdrawnAt == null ? null : r.withdrawnAt.toInstant()))
                .toList();
    }

    /**
     * Makes this node's copy of the current offers stale once the transaction commits, and with it any copy being
     * read until then.
     */
    private void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changes.incrementAndGet();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.incrementAndGet();
            }
        });
    }

    /** The current offers as read on a day, after so many changes on this node, at an instant. */
    private record Snapshot(List<CourseOffer> offers, LocalDate day, long changes, Instant readAt) {}

    private record Row(
            UUID id,
            UUID provider,
            String providerName,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String place,
            boolean online,
            String language,
            BigDecimal price,
            String currency,
            String link,
            Timestamp createdAt,
            @Nullable Timestamp withdrawnAt) {}
}
