package org.skills4cities.toolkit.exam.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.exam.BankFixtures;
import org.skills4cities.toolkit.exam.BankFixtures.Body;
import org.skills4cities.toolkit.exam.ItemBank;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The item bank page and API of a certification body, and the public exam pages, in the caller's language. */
@SpringBootTest
@AutoConfigureMockMvc
class ExamWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ItemBank bank;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeBanks() {
        BankFixtures.removeBanks(jdbc);
    }

    @Test
    void importsOverTheApiAfterADryRunAndExportsTheSameBytes() throws Exception {
        Body body = Body.create(accounts, passwords, organisations);
        String path = "/api/v1/exams/banks/" + body.id();

        MvcTestResult dryRun = send(body.assessor(), path + "?dryRun=true", BankFixtures.testBank());
        assertThat(dryRun).hasStatusOk().bodyJson().extractingPath("$.applied").isEqualTo(false);
        assertThat(dryRun).bodyJson().extractingPath("$.added.length()").isEqualTo(56);
        assertThat(bank.own(body.assessor(), body.id())).isEmpty();

        assertThat(send(body.editor(), path, BankFixtures.testBank()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.questions")
                .isEqualTo(72);
        byte[] exported = mvc.get()
                .uri(path)
                .header("Authorization", bearer(body.assessor()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(send(body.assessor(), path + "?dryRun=true", exported))
                .bodyJson()
                .extractingPath("$.unchanged")
                .isEqualTo(56);
    }

    @Test
    void refusesABrokenFileWithEveryProblemInTheCallersLanguage() throws Exception {
        Body body = Body.create(accounts, passwords, organisations);
        byte[] broken = new String(BankFixtures.testBank(), StandardCharsets.UTF_8)
                .replace("\"competence\": \"B.3\"", "\"competence\": \"B.99\"")
                .getBytes(StandardCharsets.UTF_8);

        MvcTestResult refused = send(body.assessor(), "/api/v1/exams/banks/" + body.id() + "?lang=bg", broken);

        assertThat(refused).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.language").isEqualTo("bg");
        assertThat(refused).bodyJson().extractingPath("$.problems[0].location").isEqualTo("/items/16/competence");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.problems[0].message")
                .asString()
                .contains("B.99");
        assertThat(send(body.assessor(), "/api/v1/exams/banks/" + body.id(), "{\"format\":".getBytes()))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.problems[0].location")
                .asString()
                .startsWith("line 1");
        assertThat(bank.own(body.assessor(), body.id())).isEmpty();
    }

    @Test
    void thePageChecksAFileFirstThenImportsItAndPreviewsAQuestionInGreek() {
        Body body = Body.create(accounts, passwords, organisations);
        String page = "/organisations/" + body.id() + "/item-bank";
        MockMultipartFile file =
                new MockMultipartFile("file", "bank.json", "application/json", BankFixtures.testBank());

        assertThat(mvc.post()
                        .uri(page)
                        .multipart()
                        .file(file)
                        .with(as(body.assessor()))
                        .with(csrf())
                        .param("action", "dryRun"))
                .hasStatusOk()
                .bodyText()
                .contains("Checked: this is what the import would do")
                .contains("72 questions: 56 added");
        assertThat(bank.own(body.assessor(), body.id())).isEmpty();
        assertThat(mvc.post()
                        .uri(page + "?lang=de")
                        .multipart()
                        .file(file)
                        .with(as(body.editor()))
                        .with(csrf())
                        .param("action", "import"))
                .hasStatusOk()
                .bodyText()
                .contains("Die Fragenbank wurde ersetzt");
        assertThat(bank.own(body.assessor(), body.id())).isPresent();

        assertThat(mvc.get()
                        .uri(page + "?lang=bg&area=B&kind=SCENARIO&question=B-S1&preview=el")
                        .with(as(body.assessor())))
                .hasStatusOk()
                .bodyText()
                .contains("Банка с въпроси на")
                .contains("Περίπτωση B-S1")
                .contains("Ερώτηση B-S1.2?")
                .contains("<span lang=\"el\">Απάντηση B-S1.2 a</span> <strong>верен</strong>")
                .contains("Γιατί B-S1.2")
                .contains("B-S2")
                .doesNotContain("A.1-1");
    }

    @Test
    void thePageShowsProblemsOfARefusedFile() {
        Body body = Body.create(accounts, passwords, organisations);
        MockMultipartFile file =
                new MockMultipartFile("file", "bank.json", "application/json", "{\"format\": \"qti\"}".getBytes());

        assertThat(mvc.post()
                        .uri("/organisations/" + body.id() + "/item-bank?lang=es")
                        .multipart()
                        .file(file)
                        .with(as(body.assessor()))
                        .with(csrf())
                        .param("action", "import"))
                .hasStatus(422)
                .bodyText()
                .contains("El archivo fue rechazado")
                .contains("El formato debe ser «skills4cities-item-bank/1», no «qti».");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBankPageSpeaksEveryLanguage(Language language) {
        Body body = Body.create(accounts, passwords, organisations);

        MvcTestResult page = mvc.get()
                .uri("/organisations/" + body.id() + "/item-bank?lang=" + language.code() + "&question=A.2-1")
                .with(as(body.assessor()))
                .exchange();

        assertThat(page).hasStatusOk().bodyText().doesNotContain("exambank.").doesNotContain("??");
    }

    @Test
    void theExamPageOfARoleTellsDurationAreasPassMarksAndRetakesButNoQuestion() {
        assertThat(mvc.get().uri("/exams/roles/SCPMC?lang=de"))
                .hasStatusOk()
                .bodyText()
                .contains("Prüfung: Smart-City-Projektmanagementberater/-in")
                .contains("90 Minuten")
                .contains("65\u00a0%")
                .contains("Höchstens 3 Versuche innerhalb von 1 Jahr, mit mindestens 14 Tagen")
                .doesNotContain("Question");
        assertThat(mvc.get().uri("/api/v1/exams/blueprints/SCPD"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.durationMinutes")
                .isEqualTo(90);
        assertThat(mvc.get().uri("/api/v1/exams/blueprints/NOPE?lang=el"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/frameworks/skills4cities/roles/SCPD"))
                .bodyText()
                .contains("What the certification exam for this role is like");
    }

    private MvcTestResult send(Account account, String path, byte[] file) {
        return mvc.post()
                .uri(path)
                .header("Authorization", bearer(account))
                .contentType(MediaType.APPLICATION_JSON)
                .content(file)
                .exchange();
    }

    private String bearer(Account account) {
        return "Bearer " + tokens.create(account.id(), "exams").secret();
    }

    private static RequestPostProcessor as(Account account) {
        return SecurityMockMvcRequestPostProcessors.user(account.email())
                .authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
