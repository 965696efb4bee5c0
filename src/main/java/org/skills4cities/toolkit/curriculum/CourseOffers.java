package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course offers of training providers. Who may publish for which provider is decided by the caller (the web
 * layer, from the accounts module); this class checks the offer itself and stores it. Current offers are those not
 * withdrawn that have not ended yet.
 */
@Service
public class CourseOffers {

    private static final String SELECT = """
            SELECT o.id, o.organisation_id, org.name, o.title, o.starts_on, o.ends_on, o.place, o.online, o.lang,
                   o.price, o.currency, o.link, o.created_at, o.withdrawn_at
            FROM course_offer o JOIN organisation org ON org.id = o.organisation_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseOffers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID publish(UUID provider, UUID by, CourseOffer offer) {
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
                        by)
                .update();
        offer.units()
                .forEach(unit -> jdbc.sql("INSERT INTO course_offer_unit (offer_id, unit_code) VALUES (?, ?)")
                        .params(id, unit)
                        .update());
        return id;
    }

    /** Withdraws an offer of the provider; false when the provider has no such offer still open. */
    @Transactional
    public boolean withdraw(UUID provider, UUID offer) {
        return jdbc.sql("""
                        UPDATE course_offer SET withdrawn_at = ?
                        WHERE id = ? AND organisation_id = ? AND withdrawn_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), offer, provider)
                        .update()
                > 0;
    }

    /** Every offer of a provider, withdrawn ones included, newest first. */
    public List<CourseOffer> ofProvider(UUID provider) {
        return query(SELECT + " WHERE o.organisation_id = ? ORDER BY o.starts_on DESC, o.id", provider);
    }

    /** The current offers, soonest first. */
    public List<CourseOffer> current() {
        return query(
                SELECT + " WHERE o.withdrawn_at IS NULL AND o.ends_on >= ? ORDER BY o.starts_on, o.id",
                LocalDate.now(clock));
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

    private List<CourseOffer> query(String sql, Object... params) {
        List<Row> rows = jdbc.sql(sql)
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
            jdbc.sql("SELECT offer_id, unit_code FROM course_offer_unit ORDER BY unit_code")
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
