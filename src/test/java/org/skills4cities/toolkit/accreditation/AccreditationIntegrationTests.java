package org.skills4cities.toolkit.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.accreditation.Accreditation.Standing;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.validation.EvidenceFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole path of an accreditation on the services: an application refused at each guard with its reason, the
 * evidence checked by content, the review with a request for more, the decision and its validity, the registry,
 * withdrawal, expiry and renewal; what each step writes to the history and the audit log.
 */
@SpringBootTest
class AccreditationIntegrationTests {

    @Autowired
    Applications applications;

    @Autowired
    Accreditations accreditations;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private AccreditationPeople people;

    @BeforeEach
    void people() {
        people = AccreditationPeople.create(accounts, passwords, organisations);
    }

    @Test
    void anOrganisationIsAccreditedAfterARequestForMoreAndAppearsInTheRegistry() {
        ApplicationFile file = open();
        assertThat(file.status()).isEqualTo(Status.DRAFT);
        assertThat(file.criteria()).hasSize(8);

        assertRefused(() -> applications.submit(people.providerAdmin(), file.id()), "withoutStatement");
        writeAll(file);
        applications.addFile(people.providerAdmin(), file.id(), "TO-7", "quality manual.pdf", EvidenceFiles.pdf());
        applications.addLink(
                people.providerAdmin(), file.id(), "TO-3", "https://example.org/courses", "Course descriptions");
        assertThatThrownBy(() -> applications.addFile(
                        people.providerAdmin(), file.id(), "TO-7", "manual.pdf", EvidenceFiles.png()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accreditation.invalid.mismatch");
                    assertThat(e.status()).isEqualTo(415);
                });
        assertThatThrownBy(() -> applications.addFile(
                        people.providerAdmin(), file.id(), "TO-7", "page.html", EvidenceFiles.html()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accreditation.invalid.unsupported"));
        assertThatThrownBy(() -> applications.get(people.assessor(), file.id())).isInstanceOf(NotFound.class);

        assertThat(applications.submit(people.providerAdmin(), file.id()).status())
                .isEqualTo(Status.SUBMITTED);
        assertThatThrownBy(() -> applications.get(people.otherAssessor(), file.id()))
                .isInstanceOf(NotFound.class);
        assertRefused(
                () -> applications.rate(people.assessor(), file.id(), "TO-1", Rating.MET, "ok"),
                "who.assignedAssessor");
        assertRefused(() -> applications.takeForReview(people.providerAdmin(), file.id()), "who.bodyAssessor");
        assertThat(applications.takeForReview(people.assessor(), file.id()).status())
                .isEqualTo(Status.IN_REVIEW);
        assertRefused(() -> applications.takeForReview(people.secondAssessor(), file.id()), "status");

        assertRefused(() -> applications.accredit(people.assessor(), file.id(), null), "unrated");
        rateAll(file, Rating.MET);
        applications.rate(people.assessor(), file.id(), "TO-8", Rating.NOT_MET, "No accessibility statement.");
        assertRefused(() -> applications.accredit(people.assessor(), file.id(), null), "notMet");
        applications.askForMore(people.assessor(), file.id(), "Please add the accessibility statement.");
        assertThat(applications.get(people.providerAdmin(), file.id()).status()).isEqualTo(Status.RETURNED);

        applications.write(people.providerAdmin(), file.id(), "TO-8", "Our accessibility statement is attached.");
        applications.submit(people.providerAdmin(), file.id());
        applications.takeForReview(people.assessor(), file.id());
        applications.rate(people.assessor(), file.id(), "TO-8", Rating.PARTLY, "Statement present, audit pending.");
        Accreditation accreditation = applications.accredit(people.assessor(), file.id(), "Meets the criteria.");

        LocalDate today = applications.today();
        assertThat(accreditation.validFrom()).isEqualTo(today);
        assertThat(accreditation.validUntil()).isEqualTo(today.plusYears(3).minusDays(1));
        assertThat(accreditation.name()).isEqualTo(people.provider().name());
        assertThat(accreditations.currentFor(people.provider().id())).contains(accreditation);
        assertThat(accreditations.registry(
                        Subject.TRAINING_ORGANISATION, people.provider().name()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.standing()).isEqualTo(Standing.CURRENT);
                    assertThat(e.latest().body()).isEqualTo(people.body().name());
                });
        ApplicationFile decided = applications.get(people.providerAdmin(), file.id());
        assertThat(decided.status()).isEqualTo(Status.ACCREDITED);
        assertThat(decided.history())
                .extracting(ApplicationFile.HistoryEntry::action)
                .containsSubsequence("open", "submit", "take", "rate", "ask-for-more", "write", "submit", "accredit");
        assertThat(auditOf(file.id()))
                .extracting(AuditEvent::action)
                .contains("accreditation.open", "accreditation.submit", "accreditation.accredit");
        assertRefused(() -> applications.write(people.providerAdmin(), file.id(), "TO-1", "late"), "decided");
    }

    @Test
    void aWithdrawnAccreditationStaysInTheRegistryAsWithdrawn() {
        Accreditation accreditation = accredited();

        assertThatThrownBy(() -> accreditations.withdraw(people.otherAssessor(), accreditation.id(), "no"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> accreditations.withdraw(people.providerAdmin(), accreditation.id(), "no"))
                .isInstanceOf(NotFound.class);
        Accreditation withdrawn =
                accreditations.withdraw(people.secondAssessor(), accreditation.id(), "Trainers no longer qualified.");

        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(accreditations.currentFor(people.provider().id())).isEmpty();
        RegistryEntry entry = accreditations
                .entry(Subject.TRAINING_ORGANISATION, people.provider().id())
                .orElseThrow();
        assertThat(entry.standing()).isEqualTo(Standing.WITHDRAWN);
        assertThat(entry.latest().withdrawnReason()).isEqualTo("Trainers no longer qualified.");
        assertRefused(
                () -> accreditations.withdraw(people.assessor(), accreditation.id(), "again"), "alreadyWithdrawn");
        assertThat(audit.latest(50, people.body().id()))
                .extracting(AuditEvent::action)
                .contains("accreditation.withdraw");
    }

    @Test
    void renewalIsRefusedUntilTheWindowAndThenReplacesTheOldAccreditationOnlyWhenDecided() {
        Accreditation first = accredited();
        assertRefused(this::open, "notYetRenewable");

        LocalDate soon = applications.today().plusMonths(1);
        jdbc.sql("UPDATE accreditation SET valid_until = ? WHERE id = ?")
                .params(soon, first.id())
                .update();
        ApplicationFile renewal = open();
        assertThat(renewal.application().renews()).isEqualTo(first.id());
        assertThat(accreditations
                        .entry(Subject.TRAINING_ORGANISATION, people.provider().id())
                        .orElseThrow()
                        .standing())
                .isEqualTo(Standing.CURRENT);

        Accreditation second = decide(renewal);
        RegistryEntry entry = accreditations
                .entry(Subject.TRAINING_ORGANISATION, people.provider().id())
                .orElseThrow();
        assertThat(entry.latest()).isEqualTo(second);
        assertThat(entry.history())
                .extracting(RegistryEntry.Held::standing)
                .containsExactly(Standing.CURRENT, Standing.RENEWED);
    }

    @Test
    void anExpiredAccreditationShowsAsExpiredAndNoLongerMarksTheOffers() {
        Accreditation accreditation = accredited();
        jdbc.sql("UPDATE accreditation SET valid_from = ?, valid_until = ? WHERE id = ?")
                .params(applications.today().minusYears(3), applications.today().minusDays(1), accreditation.id())
                .update();

        assertThat(accreditations.currentFor(people.provider().id())).isEmpty();
        assertThat(accreditations
                        .entry(Subject.TRAINING_ORGANISATION, people.provider().id())
                        .orElseThrow()
                        .standing())
                .isEqualTo(Standing.EXPIRED);
    }

    @Test
    void aTrainerAppliesForThemselvesAndOnlyTheySeeTheApplication() {
        ApplicationFile file = applications.open(
                people.trainer(),
                Subject.TRAINER,
                people.provider().id(),
                people.body().id());

        assertThat(file.criteria())
                .hasSize(7)
                .allSatisfy(c -> assertThat(c.subject()).isEqualTo(Subject.TRAINER));
        assertThat(file.application().name()).isEqualTo("Todor Trainer");
        assertThatThrownBy(() -> applications.get(people.providerAdmin(), file.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> applications.open(
                        people.providerAdmin(),
                        Subject.TRAINER,
                        people.provider().id(),
                        people.body().id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accreditation.invalid.notTrainer"));
        assertRefused(
                () -> applications.open(
                        people.trainer(),
                        Subject.TRAINER,
                        people.provider().id(),
                        people.body().id()),
                "alreadyOpen");
    }

    @Test
    void onlyTheProvidersAdminOpensAnApplicationForIt() {
        assertThatThrownBy(() -> applications.open(
                        people.trainer(),
                        Subject.TRAINING_ORGANISATION,
                        people.provider().id(),
                        people.body().id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accreditation.invalid.notProviderAdmin"));
        assertThatThrownBy(() -> applications.open(
                        people.providerAdmin(),
                        Subject.TRAINING_ORGANISATION,
                        people.provider().id(),
                        people.provider().id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accreditation.invalid.unknownBody"));
    }

    private ApplicationFile open() {
        return applications.open(
                people.providerAdmin(),
                Subject.TRAINING_ORGANISATION,
                people.provider().id(),
                people.body().id());
    }

    private Accreditation accredited() {
        return decide(open());
    }

    private Accreditation decide(ApplicationFile file) {
        writeAll(file);
        applications.submit(people.providerAdmin(), file.id());
        applications.takeForReview(people.assessor(), file.id());
        rateAll(file, Rating.MET);
        return applications.accredit(people.assessor(), file.id(), null);
    }

    private void writeAll(ApplicationFile file) {
        for (Criterion c : file.criteria()) {
            applications.write(people.providerAdmin(), file.id(), c.code(), "How we meet " + c.code());
        }
    }

    private void rateAll(ApplicationFile file, Rating rating) {
        for (Criterion c : file.criteria()) {
            applications.rate(people.assessor(), file.id(), c.code(), rating, "Seen in the evidence.");
        }
    }

    private List<AuditEvent> auditOf(UUID application) {
        return audit.latest(200, people.body().id()).stream()
                .filter(e -> Applications.target(application).equals(e.target()))
                .toList();
    }

    private static void assertRefused(Runnable step, String reason) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
