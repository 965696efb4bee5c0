package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Decision;
import org.skills4cities.toolkit.validation.Outcome;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sessions in time zones, on the night the clocks go back in Sofia: a local time the clocks skip is refused naming
 * the field, one that happens twice is asked about, and each answer gives the right instants and local times; the
 * attempt closes at exactly the session's end by the server's clock, scored from what was saved; saves are idempotent
 * and ordered by their sequence numbers; someone else's attempt does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ExamTestConfiguration.class)
class ExamSessionsIntegrationTests {

    private static final Instant BEFORE = Instant.parse("2026-10-20T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Registrations registrations;

    @Autowired
    ExamAttempts attempts;

    @Autowired
    Answers answers;

    @Autowired
    AttemptClosing closing;

    @Autowired
    Assessments assessments;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ItemBank bank;

    @Autowired
    ExamTestConfiguration.ResultsHeard results;

    @Autowired
    AccessTokens tokens;

    private ExamPeople people;

    @BeforeEach
    void people() {
        clock.set(BEFORE);
        people = ExamPeople.create(accounts, passwords, organisations);
    }

    @Test
    void refusesALocalTimeTheClocksSkipNamingTheField() throws Exception {
        MvcTestResult refused = schedule("2027-03-28", "03:30", "");

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Local start time: 03:30 does not exist in Europe/Sofia on 2027-03-28; the clocks jump from"
                        + " 03:00 straight to 04:00.");
        assertThat(sessions.ofBody(people.assessor(), people.body().id())).isEmpty();
    }

    @Test
    void asksWhichThreeOClockWhenTheClocksGoBackAndShowsEachWithItsOffsets() throws Exception {
        MvcTestResult asked = schedule("2026-10-25", "03:00", "");
        assertThat(asked).hasStatus(422);
        assertThat(asked.getResponse().getContentAsString())
                .contains("03:00 happens twice in Europe/Sofia on 2026-10-25")
                .contains("name=\"offset\" value=\"+03:00\"", "name=\"offset\" value=\"+02:00\"");
        assertThat(sessions.ofBody(people.assessor(), people.body().id())).isEmpty();

        String first = scheduled(schedule("2026-10-25", "03:00", "+03:00"));
        String second = scheduled(schedule("2026-10-25", "03:00", "+02:00"));

        assertThat(times(first))
                .isEqualTo(
                        new Instant[] {Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T01:30:00Z")});
        assertThat(page(first))
                .contains("id=\"session-start\">Oct 25, 2026, 03:00 (UTC+03:00)<")
                .contains("id=\"session-end\">Oct 25, 2026, 03:30 (UTC+02:00)<");
        assertThat(times(second))
                .isEqualTo(
                        new Instant[] {Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T02:30:00Z")});
        assertThat(page(second))
                .contains("id=\"session-start\">Oct 25, 2026, 03:00 (UTC+02:00)<")
                .contains("id=\"session-end\">Oct 25, 2026, 04:30 (UTC+02:00)<");
    }

    @Test
    void theServerClosesTheAttemptAtExactlyTheEndAndScoresWhatWasSaved() throws Exception {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        ExamSession session = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPM", "2026-10-25", "03:00", "+03:00"));
        UUID attempt = registrations.register(people.assessor(), people.body().id(), session.id(), candidate.email());
        clock.set(Instant.parse("2026-10-24T23:30:00Z"));
        attempts.checkIn(candidate, attempt);
        ExamForm form = attempts.form(attempts.of(candidate, attempt));
        Map<String, Set<String>> correct =
                ExamPeople.correct(bank.of(people.body().id()));

        clock.set(Instant.parse("2026-10-25T00:10:00Z"));
        long seq = 0;
        for (FormQuestion question : form.questions()) {
            answers.save(candidate, attempt, question.key(), correct.get(question.key()), ++seq);
        }
        clock.set(Instant.parse("2026-10-25T01:29:59.999Z"));
        FormQuestion first = form.questions().getFirst();
        assertThat(answers.save(candidate, attempt, first.key(), correct.get(first.key()), ++seq)
                        .kept())
                .isTrue();

        clock.set(Instant.parse("2026-10-25T01:30:00Z"));
        long late = ++seq;
        assertThatThrownBy(() -> answers.save(candidate, attempt, first.key(), Set.of(), late))
                .isInstanceOfSatisfying(
                        AttemptClosed.class,
                        e -> assertThat(e.closedAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z")));

        ExamAttempt closed = attempts.of(candidate, attempt);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(closed.result().percent()).isEqualByComparingTo("100");
        assertThat(closed.result().passed()).isTrue();
        assertThat(results.of(attempt)).singleElement().satisfies(r -> {
            assertThat(r.closedAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
            assertThat(r.candidateId()).isEqualTo(candidate.id());
            assertThat(r.passed()).isTrue();
        });
        MvcTestResult refused = mvc.post()
                .uri("/exams/attempts/" + attempt + "/answers")
                .with(as(candidate))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"" + first.key() + "\",\"options\":[],\"seq\":" + (late + 1) + "}")
                .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getResponse().getContentAsString())
                .contains("The exam closed at Oct 25, 2026, 03:30 (UTC+02:00); no answer is taken after that.")
                .contains("\"closedAt\":\"2026-10-25T01:30:00Z\"");
    }

    @Test
    void aRepeatedSaveChangesNothingAndAnOlderSaveNeverOverwritesANewerOne() {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        UUID attempt = running(candidate);
        String key = attempts.form(attempts.of(candidate, attempt))
                .questions()
                .getFirst()
                .key();

        Answers.Saved once = answers.save(candidate, attempt, key, Set.of("a"), 5);
        Answers.Saved twice = answers.save(candidate, attempt, key, Set.of("a"), 5);
        Answers.Saved newer = answers.save(candidate, attempt, key, Set.of("b"), 7);
        Answers.Saved older = answers.save(candidate, attempt, key, Set.of("c"), 6);

        assertThat(twice).usingRecursiveComparison().isEqualTo(once);
        assertThat(once.kept()).isTrue();
        assertThat(newer.kept()).isTrue();
        assertThat(older.kept()).isFalse();
        assertThat(older.keptSeq()).isEqualTo(7);
        assertThat(answers.kept(attempt).get(key)).isEqualTo(new Answers.Kept(Set.of("b"), 7));
    }

    @Test
    void theCandidatesAttemptsAndAnswersAreInTheirPersonalData() {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        UUID attempt = running(candidate);
        String key = attempts.form(attempts.of(candidate, attempt))
                .questions()
                .getFirst()
                .key();
        answers.save(candidate, attempt, key, Set.of("b"), 3);

        MvcTestResult data = mvc.get()
                .uri("/api/v1/me/data")
                .header(
                        "Authorization",
                        "Bearer " + tokens.create(candidate.id(), "export").secret())
                .exchange();

        assertThat(data).hasStatusOk();
        assertThat(data).bodyJson().extractingPath("$.held.exams[0].attempt.id").isEqualTo(attempt.toString());
        assertThat(data)
                .bodyJson()
                .extractingPath("$.held.exams[0].answers['" + key + "'].seq")
                .isEqualTo(3);
        assertThat(data)
                .bodyJson()
                .extractingPath("$.held.exams[0].attempt.session.zone")
                .isEqualTo("Europe/Sofia");
    }

    @Test
    void someoneElsesAttemptDoesNotExist() {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        Account other = TestAccounts.active(accounts, passwords, "Other");
        UUID attempt = running(candidate);

        assertThat(mvc.get().uri("/exams/attempts/" + attempt).with(as(other))).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/exams/attempts/" + attempt + "/answers")
                        .with(as(other))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"x\",\"options\":[],\"seq\":1}"))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/organisations/" + people.body().id() + "/exams")
                        .with(as(candidate)))
                .hasStatus(404);
    }

    @Test
    void theExamPageHoldsNoCorrectAnswerAndNoExplanation() throws Exception {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        UUID attempt = running(candidate);
        Set<String> keys =
                attempts.form(attempts.of(candidate, attempt)).layout().keySet();

        MvcTestResult page =
                mvc.get().uri("/exams/attempts/" + attempt).with(as(candidate)).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"exam\"").doesNotContain("data-correct", "\"correct\"");
        ExamPeople.explanations(bank.of(people.body().id())).forEach((key, explanation) -> {
            if (keys.contains(key) && !explanation.isBlank()) {
                assertThat(html).as(key).doesNotContain(explanation);
            }
        });
    }

    @Test
    void theRetakeRuleAndTheSeatsAreKept() {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        ExamSession first = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPM", "2026-10-26", "09:00", ""));
        ExamSession second = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPM", "2026-10-30", "09:00", ""));
        registrations.registerSelf(candidate, first.id());

        assertThatThrownBy(() -> registrations.registerSelf(candidate, first.id()))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.refused.already"));
        assertThatThrownBy(() -> registrations.registerSelf(people.assessor(), first.id()))
                .as("the body's own assessor, who sees its item bank")
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.refused.ownBody"));
        assertThatThrownBy(() -> registrations.registerSelf(candidate, second.id()))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.refused.pending"));

        clock.set(first.checkInOpensAt().plusSeconds(60));
        attempts.checkIn(
                candidate, attempts.ofCandidate(candidate.id()).getFirst().id());
        clock.set(first.endsAt().plusSeconds(1));
        jdbc.sql("UPDATE exam_attempt SET closed_at = ? WHERE candidate_id = ?")
                .params(Timestamp.from(first.endsAt()), candidate.id())
                .update();
        assertThatThrownBy(() -> registrations.registerSelf(candidate, second.id()))
                .isInstanceOfSatisfying(RegistrationRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exam.refused.wait");
                    assertThat(e.arguments()).containsExactly(14, "2026-11-09");
                });

        ExamSession small = sessions.schedule(
                people.assessor(),
                people.body().id(),
                new SessionForm("SCPD", "2026-11-20", "10:00", "Europe/Sofia", "", "", "1", true));
        registrations.registerSelf(TestAccounts.active(accounts, passwords, "First"), small.id());
        assertThatThrownBy(() ->
                        registrations.registerSelf(TestAccounts.active(accounts, passwords, "Second"), small.id()))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.refused.full"));
    }

    @Test
    void onlyTheBodysAssessorsAndPlatformAdminsSeeItsSessions() {
        ExamSession session = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPD", "2026-10-22", "09:00", ""));
        Account otherAssessor =
                ExamPeople.create(accounts, passwords, organisations).assessor();
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        String list = "/organisations/" + people.body().id() + "/exams";
        String one = list + "/" + session.id();

        for (String path : new String[] {list, one}) {
            assertThat(mvc.get().uri(path).with(as(people.assessor()))).hasStatusOk();
            assertThat(mvc.get().uri(path).with(as(people.admin()))).hasStatusOk();
            assertThat(mvc.get().uri(path).with(as(otherAssessor))).hasStatus(404);
            assertThat(mvc.get().uri(path).with(as(candidate))).hasStatus(404);
            assertThat(mvc.get().uri(path)).hasStatus3xxRedirection();
        }
        assertThat(mvc.post()
                        .uri(one + "/candidates")
                        .with(as(otherAssessor))
                        .with(csrf())
                        .param("email", candidate.email()))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/organisations/" + people.body().id() + "/exams/" + UUID.randomUUID())
                        .with(as(people.assessor())))
                .hasStatus(404);
    }

    /** An attempt of the candidate in a session that is running now, checked in. */
    @Test
    void theBodysBankIsNotReplacedWhileACandidateHoldsAFormDrawnFromIt() {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        UUID attempt = running(candidate);

        BankImport refused = bank.apply(people.assessor(), people.body().id(), BankFixtures.testBank());

        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems())
                .extracting(BankProblem::messageKey)
                .containsExactly("exambank.problem.examsUnderWay");
        assertThat(attempts.form(attempts.of(candidate, attempt)).questions()).hasSize(36);

        clock.set(attempts.of(candidate, attempt).session().endsAt());
        closing.close(attempt);
        assertThat(bank.dryRun(people.assessor(), people.body().id(), BankFixtures.testBank())
                        .problems())
                .isEmpty();
    }

    @Test
    void anExamPassedBeforeTheAssessorsDecideCountsWhenTheCaseReachesCertification() {
        Account candidate = ValidationPeople.candidate(accounts, passwords, assessments, "Early candidate");
        UUID attempt = running(candidate);
        Map<String, Set<String>> correct =
                ExamPeople.correct(bank.of(people.body().id()));
        long seq = 0;
        for (FormQuestion question :
                attempts.form(attempts.of(candidate, attempt)).questions()) {
            answers.save(candidate, attempt, question.key(), correct.get(question.key()), ++seq);
        }
        clock.set(attempts.of(candidate, attempt).session().endsAt());
        closing.close(attempt);
        assertThat(attempts.of(candidate, attempt).result().passed()).isTrue();

        UUID id =
                cases.open(candidate, ValidationPeople.ROLE, people.body().id()).id();
        cases.confirmClaims(candidate, id);
        for (String competence : ValidationPeople.MANDATORY_CLAIMED) {
            portfolios.addNote(candidate, id, competence, "Led the sensor roll-out");
        }
        cases.submitPortfolio(candidate, id);
        cases.assign(people.assessor(), id, people.assessor().id());
        for (String competence : ValidationPeople.CLAIMS.keySet()) {
            cases.rate(people.assessor(), id, competence, 3, "Shown in the portfolio");
        }
        CaseFile decided = cases.decide(people.assessor(), id, Decision.VALIDATED, "Convincing portfolio");

        assertThat(decided.validationCase().outcome()).isEqualTo(Outcome.READY_FOR_CERTIFICATION);
        assertThat(decided.exams()).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(attempt);
            assertThat(e.passed()).isTrue();
        });
    }

    @Test
    void refusesDatesBeyondFourDigitYearsOrMoreThanTwoYearsAheadNamingTheField() throws Exception {
        for (String date : List.of("+300000-01-01", "+999999999-12-31", "1999-12-31")) {
            MvcTestResult refused = schedule(date, "10:00", "");
            assertThat(refused).as(date).hasStatus(422);
            assertThat(refused.getResponse().getContentAsString())
                    .as(date)
                    .contains("Date: enter a date such as 2026-10-25.");
        }
        MvcTestResult tooFar = schedule("2028-10-21", "10:00", "");
        assertThat(tooFar).hasStatus(422);
        assertThat(tooFar.getResponse().getContentAsString())
                .contains("Date: a session can be scheduled at most 730 days ahead.");
        assertThat(sessions.ofBody(people.assessor(), people.body().id())).isEmpty();
    }

    @Test
    void refusesAnAnswerWithANullOptionOrASequenceNumberABrowserCannotCountTo() throws Exception {
        Account candidate = TestAccounts.active(accounts, passwords, "Candidate");
        UUID attempt = running(candidate);
        String key = attempts.form(attempts.of(candidate, attempt))
                .questions()
                .getFirst()
                .key();
        for (String body : List.of(
                "{\"question\":\"" + key + "\",\"options\":[null],\"seq\":3}",
                "{\"question\":\"" + key + "\",\"options\":[],\"seq\":9007199254740992}")) {
            MvcTestResult refused = mvc.post()
                    .uri("/exams/attempts/" + attempt + "/answers")
                    .with(as(candidate))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .exchange();
            assertThat(refused).as(body).hasStatus(400);
        }
    }

    private UUID running(Account candidate) {
        ExamSession session = sessions.schedule(
                people.assessor(), people.body().id(), ExamPeople.form("SCPD", "2026-10-21", "12:00", ""));
        UUID attempt = registrations.registerSelf(candidate, session.id());
        clock.set(session.checkInOpensAt());
        attempts.checkIn(candidate, attempt);
        clock.set(session.startsAt().plus(Duration.ofMinutes(5)));
        return attempt;
    }

    private MvcTestResult schedule(String date, String time, String offset) {
        return mvc.post()
                .uri("/organisations/" + people.body().id() + "/exams")
                .with(as(people.assessor()))
                .with(csrf())
                .param("role", "SCPM")
                .param("date", date)
                .param("time", time)
                .param("zone", "Europe/Sofia")
                .param("offset", offset)
                .param("checkIn", "60")
                .param("capacity", "20")
                .param("openRegistration", "true")
                .exchange();
    }

    /** The address of the session page a scheduling redirected to. */
    private static String scheduled(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(0, location.indexOf('?'));
    }

    private Instant[] times(String sessionPage) {
        UUID id = UUID.fromString(sessionPage.substring(sessionPage.lastIndexOf('/') + 1));
        ExamSession session = sessions.ofBody(people.assessor(), people.body().id(), id);
        return new Instant[] {session.startsAt(), session.endsAt()};
    }

    private String page(String path) throws Exception {
        MvcTestResult page = mvc.get().uri(path).with(as(people.assessor())).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(Account account) {
        return user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
