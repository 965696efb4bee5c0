package org.skills4cities.toolkit.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk issuance, with issuance on readiness turned off: the certificates of a finished exam session are issued at once
 * by an assessor of the body, one for each candidate who passed and whose case is ready, none twice, and not before
 * the session has ended.
 */
@SpringBootTest(properties = "toolkit.certificates.issue-on-ready=false")
class BulkIssuanceIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesTheCertificatesDueForAFinishedSessionOnce() {
        CertifiedPeople people =
                CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        UUID body = people.people().body().id();
        UUID ended = session(body, Instant.now().minus(Duration.ofHours(3)), people.assessor());
        UUID running = session(body, Instant.now().plus(Duration.ofMinutes(30)), people.assessor());
        List<Account> candidates = new ArrayList<>();
        for (String name : List.of("Ιωάννα Μαυρίδου", "Николай Тодоров", "Ioana Ionescu")) {
            CaseFile file = people.certify(name);
            Account candidate = accounts.find(file.validationCase().candidate()).orElseThrow();
            assertThat(certificates.ofHolder(candidate))
                    .as("not issued on readiness")
                    .isEmpty();
            attempt(ended, candidate, true);
            candidates.add(candidate);
        }
        Account failed = accounts.find(
                        people.certify("Nobody Passed").validationCase().candidate())
                .orElseThrow();
        attempt(ended, failed, false);

        assertThat(certificates.dueForSession(people.assessor(), body, ended)).isEqualTo(3);
        assertThatThrownBy(() -> certificates.issueForSession(people.assessor(), body, running))
                .isInstanceOfSatisfying(
                        CertificateRefused.class, e -> assertThat(e.reason()).isEqualTo("sessionNotFinished"));
        assertThatThrownBy(() -> certificates.issueForSession(people.otherAssessor(), body, ended))
                .isInstanceOf(CertificateNotFound.class);

        List<Certificate> issued = certificates.issueForSession(people.assessor(), body, ended);
        assertThat(issued)
                .extracting(Certificate::holderName)
                .containsExactlyInAnyOrder("Ιωάννα Μαυρίδου", "Николай Тодоров", "Ioana Ionescu");
        assertThat(issued).extracting(Certificate::id).doesNotHaveDuplicates();
        assertThat(issued).extracting(Certificate::statusIndex).doesNotHaveDuplicates();
        assertThat(certificates.ofHolder(failed)).isEmpty();
        assertThat(certificates.issueForSession(people.assessor(), body, ended))
                .as("none twice")
                .isEmpty();
        assertThat(certificates.dueForSession(people.assessor(), body, ended)).isZero();
    }

    private UUID session(UUID body, Instant endsAt, Account by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO exam_session (id, organisation_id, framework_slug, role_code, starts_at, ends_at,
                            time_zone, check_in_minutes, capacity, seats_taken, open_registration, created_by,
                            created_at)
                        VALUES (?, ?, 'skills4cities', ?, ?, ?, 'Europe/Sofia', 30, 100, 0, FALSE, ?, ?)
                        """)
                .params(
                        id,
                        body,
                        ValidationPeople.ROLE,
                        Timestamp.from(endsAt.minus(Duration.ofHours(1))),
                        Timestamp.from(endsAt),
                        by.id(),
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** An attempt as the exam module leaves it once closed and scored. */
    private void attempt(UUID session, Account candidate, boolean passed) {
        jdbc.sql("""
                        INSERT INTO exam_attempt (id, session_id, candidate_id, registered_at, registered_by,
                            checked_in_at, closed_at, points, max_points, percent, passed, area_scores)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, '40', ?, ?, '[]')
                        """)
                .params(
                        UUID.randomUUID(),
                        session,
                        candidate.id(),
                        Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                        candidate.id(),
                        Timestamp.from(Instant.now().minus(Duration.ofHours(4))),
                        Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                        passed ? "33 33.00" : "12 12.00",
                        passed ? 82.5 : 30.0,
                        passed)
                .update();
    }
}
