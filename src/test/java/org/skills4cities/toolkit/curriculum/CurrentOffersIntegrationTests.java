package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current offers of some units: not withdrawn, not ended, each with all its units, soonest first; the copy a node
 * keeps of them, read again as soon as an offer is published or withdrawn there. Only this test's provider's offers
 * are looked at, and they are taken away again (the test database is shared).
 */
@SpringBootTest
class CurrentOffersIntegrationTests {

    @Autowired
    CourseOffers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Curricula curricula;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    private final UUID provider = UUID.randomUUID();
    private final LocalDate today = LocalDate.now();

    @AfterEach
    void removeOffers() {
        jdbc.sql("DELETE FROM course_offer WHERE organisation_id = ?")
                .param(provider)
                .update();
    }

    @Test
    void theOffersOfSomeUnitsAreTheCurrentOnesForOneOfThemWithAllTheirUnits() {
        Account admin = provider();
        UUID later = offers.publish(provider, admin, form(today.plusDays(20), today.plusDays(30), "A-U1", "A-U2"))
                .id();
        UUID sooner = offers.publish(provider, admin, form(today.minusDays(5), today, "A-U1"))
                .id();
        offers.withdraw(
                provider,
                offers.publish(provider, admin, form(today, today.plusDays(9), "A-U1"))
                        .id(),
                admin);
        offers.publish(provider, admin, form(today.plusDays(1), today.plusDays(9), "A-U3"));
        ended("A-U1");

        Map<String, List<CourseOffer>> current = offers.currentFor(List.of("A-U1", "A-U4"));

        assertThat(current).containsOnlyKeys("A-U1", "A-U4");
        assertThat(ours(current.get("A-U1"))).extracting(CourseOffer::id).containsExactly(sooner, later);
        assertThat(ours(current.get("A-U1")).getLast().units()).containsExactly("A-U1", "A-U2");
        assertThat(ours(current.get("A-U4"))).isEmpty();
        assertThat(offers.currentFor(List.of())).isEmpty();
    }

    @Test
    void aNodeKeepsTheCurrentOffersUntilOneIsPublishedOrWithdrawnThere() {
        Account admin = provider();
        CourseOffers node = new CourseOffers(jdbc, clock, curricula, audit, Duration.ofHours(1));
        assertThat(ours(node.current())).isEmpty();
        ended("A-U1");
        jdbc.sql("UPDATE course_offer SET ends_on = ? WHERE organisation_id = ?")
                .params(today, provider)
                .update();

        assertThat(ours(node.current())).as("kept, changed behind its back").isEmpty();

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CourseOffer published =
                transaction.execute(t -> node.publish(provider, admin, form(today, today.plusDays(3), "B-U1")));

        assertThat(ours(node.current())).hasSize(2).extracting(CourseOffer::id).contains(published.id());

        transaction.executeWithoutResult(t -> node.withdraw(provider, published.id(), admin));

        assertThat(ours(node.current())).hasSize(1).extracting(CourseOffer::id).doesNotContain(published.id());
    }

    private List<CourseOffer> ours(List<CourseOffer> list) {
        return list.stream().filter(o -> o.provider().equals(provider)).toList();
    }

    private Account provider() {
        jdbc.sql("INSERT INTO organisation (id, name, kind, created_at) VALUES (?, ?, 'TRAINING_PROVIDER', ?)")
                .params(provider, "Provider " + provider, Timestamp.from(Instant.now()))
                .update();
        return TestAccounts.active(accounts, passwords, "Provider admin");
    }

    /** An offer that ended yesterday, stored as it would be after its time (it cannot be published so). */
    private void ended(String unit) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course_offer (id, organisation_id, title, starts_on, ends_on, online, lang, price,
                                                  currency, link, created_at)
                        VALUES (?, ?, 'Ended', ?, ?, TRUE, 'en', 0, 'EUR', 'https://example.org', ?)""")
                .params(id, provider, today.minusDays(9), today.minusDays(1), Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO course_offer_unit (offer_id, unit_code) VALUES (?, ?)")
                .params(id, unit)
                .update();
    }

    private static OfferForm form(LocalDate starts, LocalDate ends, String... units) {
        return new OfferForm(
                "Course " + UUID.randomUUID(),
                starts.toString(),
                ends.toString(),
                "",
                true,
                "en",
                "0",
                "EUR",
                "https://training.example.org/course",
                List.of(units));
    }
}
