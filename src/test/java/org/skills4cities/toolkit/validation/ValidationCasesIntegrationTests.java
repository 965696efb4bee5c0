package org.skills4cities.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.exam.ExamResultRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The guards of a validation case one by one: each step refused for the wrong person, in the wrong phase and with its
 * condition unmet, each refusal with its reason and the phase the case is in; then the steps that succeed, with what
 * they record in the case's history and the audit log, the exam result, and two changes at the same moment.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationCasesIntegrationTests {

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    CaseRecords records;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationEvents published;

    private ValidationPeople people;

    @BeforeAll
    void people() {
        people = ValidationPeople.create(accounts, passwords, organisations, assessments);
    }

    @BeforeEach
    void candidate() {
        people = people.withNewCandidate(accounts, passwords, assessments);
    }

    @Test
    void opensACaseWithTheSelfAssessmentsLevelsAsClaims() {
        CaseFile file = open();

        assertThat(file.phase()).isEqualTo(Phase.IDENTIFICATION);
        assertThat(file.validationCase().outcome()).isNull();
        assertThat(file.claims()).hasSize(25);
        assertThat(file.claim("A.1")).contains(new Claim("A.1", 3));
        assertThat(file.claim("C.1")).contains(new Claim("C.1", 4));
        assertThat(file.claim("A.7")).contains(new Claim("A.7", 0));
        assertThat(file.history()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("open");
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo("identification");
            assertThat(h.actor()).isEqualTo("Maria Candidate");
        });
        assertThat(auditOf(file)).extracting(AuditEvent::action).containsExactly("validation.open");
    }

    @Test
    void refusesToOpenACaseWithoutASelfAssessment() {
        Account newcomer = TestAccounts.active(accounts, passwords, "Newcomer");

        assertRefused(
                () -> cases.open(newcomer, ValidationPeople.ROLE, people.body().id()), "noSelfAssessment");
        assertThat(cases.ofCandidate(newcomer)).isEmpty();
    }

    @Test
    void refusesASecondOpenCaseForTheSameRoleUntilTheFirstEnds() {
        CaseFile first = open();

        assertRefused(() -> open(), "alreadyOpen");
        cases.withdraw(people.candidate(), first.id(), "wrong body");
        assertThat(open().id()).isNotEqualTo(first.id());
    }

    @Test
    void refusesAnUnknownRoleOrABodyThatCertifiesNothing() {
        assertInvalid(() -> cases.open(people.candidate(), "NOPE", people.body().id()), "role");
        UUID city = accounts.memberships(people.hrManager().id()).getFirst().organisationId();
        assertInvalid(() -> cases.open(people.candidate(), ValidationPeople.ROLE, city), "body");
    }

    @Test
    void letsOnlyTheCandidateChangeTheClaimsAndOnlyDuringIdentification() {
        CaseFile file = open();

        assertRefused(
                () -> cases.editClaims(people.assessor(), file.id(), List.of(new Claim("A.1", 1))), "who.candidate");
        assertInvalid(() -> cases.editClaims(people.candidate(), file.id(), List.of(new Claim("A.1", 6))), "level");
        assertInvalid(
                () -> cases.editClaims(people.candidate(), file.id(), List.of(new Claim("D.9", 1))), "competence");
        CaseFile edited = cases.editClaims(people.candidate(), file.id(), List.of(new Claim("A.7", 2)));
        assertThat(edited.claim("A.7")).contains(new Claim("A.7", 2));
        assertThat(edited.history().getLast().comment()).isEqualTo("A.7 0 → 2");

        cases.confirmClaims(people.candidate(), file.id());
        assertRefused(() -> cases.editClaims(people.candidate(), file.id(), List.of(new Claim("A.1", 1))), "phase");
    }

    @Test
    void refusesToConfirmWhenNothingIsClaimed() {
        CaseFile file = open();
        List<Claim> none =
                file.claims().stream().map(c -> new Claim(c.competence(), 0)).toList();
        cases.editClaims(people.candidate(), file.id(), none);

        assertRefused(() -> cases.confirmClaims(people.candidate(), file.id()), "nothingClaimed");
    }

    @Test
    void refusesToSubmitThePortfolioWithoutEvidenceForEachMandatoryCompetenceClaimed() {
        CaseFile file = open();
        assertRefused(() -> cases.submitPortfolio(people.candidate(), file.id()), "phase");
        cases.confirmClaims(people.candidate(), file.id());

        Refused refused = assertRefused(() -> cases.submitPortfolio(people.candidate(), file.id()), "missingEvidence");
        assertThat(refused.arguments()).containsExactly("A.1, A.4, C.1");
        assertThat(refused.phase()).isEqualTo(Phase.DOCUMENTATION);

        portfolios.addNote(people.candidate(), file.id(), "A.1", "Led the open-data portal of Ruse");
        portfolios.addLink(people.candidate(), file.id(), "A.4", "https://example.org/strategy", "Strategy");
        refused = assertRefused(() -> cases.submitPortfolio(people.candidate(), file.id()), "missingEvidence");
        assertThat(refused.arguments()).containsExactly("C.1");

        portfolios.addFile(people.candidate(), file.id(), "C.1", "sensors.pdf", EvidenceFiles.pdf());
        assertThat(cases.submitPortfolio(people.candidate(), file.id()).phase()).isEqualTo(Phase.ASSESSMENT);
    }

    @Test
    void letsAnAssessorOfTheBodyTakeTheCaseAndNobodyElse() {
        CaseFile file = open();

        assertRefused(
                () -> cases.assign(
                        people.candidate(), file.id(), people.assessor().id()),
                "who.bodyAssessor");
        assertNotFound(() -> cases.assign(
                people.otherAssessor(), file.id(), people.otherAssessor().id()));
        assertNotFound(() ->
                cases.assign(people.hrManager(), file.id(), people.hrManager().id()));
        assertNotFound(
                () -> cases.assign(people.admin(), file.id(), people.admin().id()));
        assertInvalid(
                () -> cases.assign(
                        people.assessor(), file.id(), people.otherAssessor().id()),
                "assessor");

        CaseFile taken =
                cases.assign(people.assessor(), file.id(), people.assessor().id());
        assertThat(taken.assessors()).extracting(Assessor::name).containsExactly("Anna Assessor");
        assertThat(taken.phase()).isEqualTo(Phase.IDENTIFICATION);
        assertRefused(
                () -> cases.assign(
                        people.assessor(), file.id(), people.assessor().id()),
                "alreadyAssigned");
        taken = cases.assign(
                people.assessor(), file.id(), people.secondAssessor().id());
        assertThat(taken.assessors()).hasSize(2);
        assertThat(taken.history().getLast().comment()).isEqualTo("Boris Assessor");
    }

    @Test
    void neverLetsACandidateAssessTheirOwnCase() {
        organisations.grant(
                people.admin(), people.body().id(), people.candidate().id(), Role.ASSESSOR);
        CaseFile file = open();

        assertRefused(
                () -> cases.assign(
                        people.assessor(), file.id(), people.candidate().id()),
                "ownCase");
    }

    @Test
    void letsOnlyAnAssignedAssessorRateAndOnlyInAssessment() {
        CaseFile file = open();
        cases.assign(people.assessor(), file.id(), people.assessor().id());
        assertRefused(() -> cases.rate(people.assessor(), file.id(), "A.1", 3, "Shown"), "phase");
        submitted(file);

        assertRefused(() -> cases.rate(people.secondAssessor(), file.id(), "A.1", 3, "Shown"), "who.assignedAssessor");
        assertRefused(() -> cases.rate(people.candidate(), file.id(), "A.1", 5, "Me"), "who.assignedAssessor");
        assertInvalid(() -> cases.rate(people.assessor(), file.id(), "A.1", 3, "  "), "comment");
        assertInvalid(() -> cases.rate(people.assessor(), file.id(), "A.1", 6, "Shown"), "level");
        assertInvalid(() -> cases.rate(people.assessor(), file.id(), "D.9", 2, "Shown"), "competence");

        CaseFile rated = cases.rate(people.assessor(), file.id(), "A.1", 0, "The portal was run by a contractor");
        assertThat(rated.rating("A.1")).hasValueSatisfying(r -> {
            assertThat(r.level()).isZero();
            assertThat(r.assessor()).isEqualTo("Anna Assessor");
        });
    }

    @Test
    void refusesTheDecisionUntilEveryClaimedCompetenceIsRated() {
        CaseFile file = submitted(assigned(open()));

        Refused refused = assertRefused(
                () -> cases.decide(people.assessor(), file.id(), Decision.VALIDATED, "Convincing"), "unrated");
        assertThat(refused.arguments()).containsExactly("A.1, A.4, A.5, C.1");
        rateAll(file);
        assertInvalid(() -> cases.decide(people.assessor(), file.id(), Decision.VALIDATED, ""), "reason");

        CaseFile decided = cases.decide(people.assessor(), file.id(), Decision.VALIDATED, "Convincing portfolio");
        assertThat(decided.phase()).isEqualTo(Phase.CERTIFICATION);
        assertThat(decided.validationCase().decision()).isEqualTo(Decision.VALIDATED);
        assertRefused(() -> cases.decide(people.assessor(), file.id(), Decision.VALIDATED, "Again"), "phase");
    }

    @Test
    void sendsTheCaseBackForMoreEvidenceAndTakesItAgain() {
        CaseFile file = submitted(assigned(open()));
        assertInvalid(() -> cases.askForEvidence(people.assessor(), file.id(), "", List.of()), "message");

        CaseFile back = cases.askForEvidence(
                people.assessor(), file.id(), "Please add the sensor tender", List.of("C.1", "C.1"));
        assertThat(back.phase()).isEqualTo(Phase.DOCUMENTATION);
        assertThat(back.requests()).singleElement().satisfies(r -> {
            assertThat(r.message()).isEqualTo("Please add the sensor tender");
            assertThat(r.competences()).containsExactly("C.1");
        });
        assertRefused(() -> cases.rate(people.assessor(), file.id(), "C.1", 3, "x"), "phase");

        portfolios.addFile(people.candidate(), file.id(), "C.1", "tender.docx", EvidenceFiles.docx());
        assertThat(cases.submitPortfolio(people.candidate(), file.id()).phase()).isEqualTo(Phase.ASSESSMENT);
    }

    @Test
    void endsACaseThatIsNotValidatedAndRefusesEverythingAfter() {
        CaseFile file = rateAll(submitted(assigned(open())));

        CaseFile ended = cases.decide(people.assessor(), file.id(), Decision.NOT_VALIDATED, "No evidence of C.1");
        assertThat(ended.validationCase().outcome()).isEqualTo(Outcome.NOT_VALIDATED);
        assertThat(ended.phase()).isEqualTo(Phase.ASSESSMENT);
        assertThat(ended.history().getLast().to()).isEqualTo("not-validated");

        assertRefused(() -> cases.withdraw(people.candidate(), file.id(), null), "closed");
        assertRefused(() -> cases.rate(people.assessor(), file.id(), "A.1", 1, "x"), "closed");
        assertThat(open().id()).isNotEqualTo(file.id());
    }

    @Test
    void letsTheCandidateWithdrawBeforeTheOutcomeOnly() {
        CaseFile file = open();

        assertRefused(() -> cases.withdraw(people.assessor(), file.id(), null), "who.candidate");
        CaseFile withdrawn = cases.withdraw(people.candidate(), file.id(), "Moved to another city");
        assertThat(withdrawn.validationCase().outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(withdrawn.history().getLast().comment()).isEqualTo("Moved to another city");
        assertRefused(() -> cases.confirmClaims(people.candidate(), file.id()), "closed");
    }

    @Test
    void keepsSubmittedEvidenceAsRetiredAndDeletesWhatTheAssessorsNeverHad() {
        CaseFile file = open();
        cases.confirmClaims(people.candidate(), file.id());
        UUID draft = only(portfolios.addNote(people.candidate(), file.id(), "A.5", "A draft"), "A.5");
        portfolios.remove(people.candidate(), file.id(), draft);
        assertThat(cases.get(people.candidate(), file.id()).evidenceFor("A.5")).isEmpty();

        evidence(file);
        UUID kept = only(cases.get(people.candidate(), file.id()), "A.1");
        cases.submitPortfolio(people.candidate(), file.id());
        cases.assign(people.assessor(), file.id(), people.assessor().id());
        assertRefused(() -> portfolios.remove(people.candidate(), file.id(), kept), "phase");
        assertRefused(() -> portfolios.addNote(people.candidate(), file.id(), "A.1", "late"), "phase");
        cases.askForEvidence(people.assessor(), file.id(), "Replace the A.1 note", List.of("A.1"));

        CaseFile after = portfolios.remove(people.candidate(), file.id(), kept);
        assertThat(after.evidenceFor("A.1")).singleElement().satisfies(e -> {
            assertThat(e.isCurrent()).isFalse();
            assertThat(e.submitted()).isTrue();
        });
        assertRefused(() -> cases.submitPortfolio(people.candidate(), file.id()), "missingEvidence");
    }

    @Test
    void recordsAFailedExamAndWaitsForTheRetakeThenAPassMakesTheCaseReady() {
        CaseFile file = validated();
        UUID failedAttempt = UUID.randomUUID();

        events.publishEvent(exam(failedAttempt, false, "48.50"));
        events.publishEvent(exam(failedAttempt, false, "48.50"));
        CaseFile waiting = cases.get(people.candidate(), file.id());
        assertThat(waiting.phase()).isEqualTo(Phase.CERTIFICATION);
        assertThat(waiting.validationCase().outcome()).isNull();
        assertThat(waiting.exams())
                .singleElement()
                .satisfies(e -> assertThat(e.passed()).isFalse());
        assertThat(published.stream(CaseReadyForCertification.class)).isEmpty();

        events.publishEvent(exam(UUID.randomUUID(), true, "81.25"));
        CaseFile ready = cases.get(people.candidate(), file.id());
        assertThat(ready.validationCase().outcome()).isEqualTo(Outcome.READY_FOR_CERTIFICATION);
        assertThat(ready.exams()).hasSize(2);
        assertThat(ready.history().getLast()).satisfies(h -> {
            assertThat(h.action()).isEqualTo("record-exam");
            assertThat(h.to()).isEqualTo("ready-for-certification");
            assertThat(h.comment()).isEqualTo("passed 81.25 %");
        });
        assertThat(published.stream(CaseReadyForCertification.class))
                .singleElement()
                .satisfies(e -> assertThat(e.caseId()).isEqualTo(file.id()));
    }

    @Test
    void leavesAnExamResultAloneWhenNoCaseWaitsInCertification() {
        CaseFile file = open();

        events.publishEvent(exam(UUID.randomUUID(), true, "90"));

        CaseFile same = cases.get(people.candidate(), file.id());
        assertThat(same.exams()).isEmpty();
        assertThat(same.phase()).isEqualTo(Phase.IDENTIFICATION);
    }

    @Test
    void refusesAChangeMadeAgainstAnOlderVersionOfTheCase() {
        CaseFile file = open();
        int version = file.validationCase().version();

        assertThat(records.lock(file.id(), version)).isTrue();
        assertThat(records.lock(file.id(), version)).isFalse();
    }

    @Test
    void letsOneOfTwoAssessorsDecidingAtOnceWinAndTellsTheOther() throws Exception {
        CaseFile file = rateAll(submitted(assigned(open())));
        cases.assign(people.assessor(), file.id(), people.secondAssessor().id());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Account assessor : List.of(people.assessor(), people.secondAssessor())) {
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        return cases.decide(assessor, file.id(), Decision.VALIDATED, "By " + assessor.displayName());
                    } catch (Refused e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(CaseFile.class::isInstance).hasSize(1);
            assertThat(results)
                    .filteredOn(Refused.class::isInstance)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(((Refused) r).reason()).isIn("stale", "phase");
                        assertThat(((Refused) r).phase()).isEqualTo(Phase.CERTIFICATION);
                    });
        } finally {
            pool.shutdown();
        }
        assertThat(cases.get(people.candidate(), file.id()).history())
                .filteredOn(h -> h.action().equals("decide"))
                .hasSize(1);
    }

    @Test
    void writesEveryStepToTheHistoryAndTheAuditLog() {
        CaseFile file = validated();

        assertThat(file.history())
                .extracting(h -> h.action() + " " + h.from() + "→" + h.to())
                .containsExactly(
                        "open null→identification",
                        "confirm-claims identification→documentation",
                        "add-evidence documentation→documentation",
                        "add-evidence documentation→documentation",
                        "add-evidence documentation→documentation",
                        "submit-portfolio documentation→assessment",
                        "assign-assessor assessment→assessment",
                        "rate assessment→assessment",
                        "rate assessment→assessment",
                        "rate assessment→assessment",
                        "rate assessment→assessment",
                        "decide assessment→certification");
        assertThat(auditOf(file))
                .extracting(AuditEvent::action)
                .containsExactlyInAnyOrderElementsOf(file.history().stream()
                        .map(h -> "validation." + h.action())
                        .toList());
        assertThat(auditOf(file))
                .allSatisfy(e ->
                        assertThat(e.organisationId()).isEqualTo(people.body().id()));
    }

    private CaseFile open() {
        return cases.open(
                people.candidate(), ValidationPeople.ROLE, people.body().id());
    }

    private CaseFile assigned(CaseFile file) {
        return cases.assign(people.assessor(), file.id(), people.assessor().id());
    }

    private void evidence(CaseFile file) {
        portfolios.addNote(people.candidate(), file.id(), "A.1", "Led the open-data portal of Ruse");
        portfolios.addLink(people.candidate(), file.id(), "A.4", "https://example.org/strategy", null);
        portfolios.addFile(people.candidate(), file.id(), "C.1", "sensors.png", EvidenceFiles.png());
    }

    private CaseFile submitted(CaseFile file) {
        if (file.phase() == Phase.IDENTIFICATION) {
            cases.confirmClaims(people.candidate(), file.id());
        }
        evidence(file);
        return cases.submitPortfolio(people.candidate(), file.id());
    }

    private CaseFile rateAll(CaseFile file) {
        for (String code : List.of("A.1", "A.4", "A.5", "C.1")) {
            cases.rate(people.assessor(), file.id(), code, 3, "Shown in the portfolio");
        }
        return cases.get(people.assessor(), file.id());
    }

    private CaseFile validated() {
        CaseFile file = open();
        cases.confirmClaims(people.candidate(), file.id());
        evidence(file);
        cases.submitPortfolio(people.candidate(), file.id());
        assigned(file);
        rateAll(file);
        return cases.decide(people.assessor(), file.id(), Decision.VALIDATED, "Convincing portfolio");
    }

    private ExamResultRecorded exam(UUID attempt, boolean passed, String percent) {
        return new ExamResultRecorded(
                attempt,
                people.candidate().id(),
                "skills4cities",
                ValidationPeople.ROLE,
                passed,
                new BigDecimal(percent),
                Instant.now());
    }

    private List<AuditEvent> auditOf(CaseFile file) {
        return audit.latest(1000, people.body().id()).stream()
                .filter(e -> ("validation case " + file.id()).equals(e.target()))
                .toList();
    }

    private static UUID only(CaseFile file, String competence) {
        return file.evidenceFor(competence).getFirst().id();
    }

    private static Refused assertRefused(Runnable step, String reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(step::run);
        assertThat(thrown).isInstanceOf(Refused.class);
        Refused refused = (Refused) thrown;
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }

    private static void assertInvalid(Runnable step, String field) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        InvalidRequest.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertNotFound(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOf(CaseNotFound.class);
    }
}
