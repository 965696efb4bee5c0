package org.skills4cities.toolkit.validation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation API and pages answering a refused step: 409 problem details with the case's current phase and the
 * reason in the caller's language, 400 naming the field; on a page the same reason, visible, with the same status.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ValidationApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    AccessTokens tokens;

    private ValidationPeople people;
    private String candidate;

    @BeforeEach
    void people() {
        people = ValidationPeople.create(accounts, passwords, organisations, assessments);
        candidate = tokens.create(people.candidate().id(), "api").secret();
    }

    @Test
    void takesACaseToDocumentationAndRefusesAnEmptyPortfolioWith409NamingThePhaseAndTheCodes() throws Exception {
        MockHttpServletResponse opened = call(
                "POST",
                "/api/v1/validation/cases",
                candidate,
                "{\"role\":\"SCPD\",\"body\":\"" + people.body().id() + "\"}",
                "de");
        assertThat(opened.getStatus()).isEqualTo(201);
        JsonNode body = JSON.readTree(opened.getContentAsString(StandardCharsets.UTF_8));
        String id = body.get("id").asString();
        assertThat(body.get("phase").asString()).isEqualTo("identification");
        assertThat(body.get("next").asString()).startsWith("Als Nächstes");
        assertThat(opened.getHeader("Location")).isEqualTo("/api/v1/validation/cases/" + id);

        assertThat(call("POST", "/api/v1/validation/cases/" + id + "/confirm", candidate, "", "de")
                        .getStatus())
                .isEqualTo(200);
        MockHttpServletResponse refused =
                call("POST", "/api/v1/validation/cases/" + id + "/submit", candidate, "", "de");

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("phase").asString()).isEqualTo("documentation");
        assertThat(problem.get("transition").asString()).isEqualTo("submit-portfolio");
        assertThat(problem.get("reason").asString()).isEqualTo("missingEvidence");
        assertThat(problem.get("detail").asString()).contains("Ohne Nachweis: A.1, A.4, C.1");
        assertThat(problem.get("language").asString()).isEqualTo("de");
    }

    @Test
    void refusesAStepOfTheWrongPersonAndAValueThatCannotBeTaken() throws Exception {
        MockHttpServletResponse opened = call(
                "POST",
                "/api/v1/validation/cases",
                candidate,
                "{\"role\":\"SCPD\",\"body\":\"" + people.body().id() + "\"}",
                "en");
        String id = JSON.readTree(opened.getContentAsString()).get("id").asString();
        String assessor = tokens.create(people.assessor().id(), "api").secret();

        MockHttpServletResponse wrongPerson =
                call("POST", "/api/v1/validation/cases/" + id + "/confirm", assessor, "", "en");
        assertThat(wrongPerson.getStatus()).isEqualTo(409);
        assertThat(JSON.readTree(wrongPerson.getContentAsString()).get("detail").asString())
                .isEqualTo("Only the candidate can do this.");

        MockHttpServletResponse noComment = call(
                "POST",
                "/api/v1/validation/cases/" + id + "/ratings",
                assessor,
                "{\"competence\":\"A.1\",\"level\":3}",
                "en");
        assertThat(noComment.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(noComment.getContentAsString()).get("field").asString())
                .isEqualTo("comment");

        MockHttpServletResponse noDecision = call(
                "POST",
                "/api/v1/validation/cases/" + id + "/decision",
                assessor,
                "{\"decision\":\"maybe\",\"reason\":\"x\"}",
                "en");
        assertThat(noDecision.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(noDecision.getContentAsString()).get("field").asString())
                .isEqualTo("decision");
    }

    @Test
    void refusesToOpenWithoutASelfAssessmentAndShowsWhyOnThePageWithALinkToStartOne() throws Exception {
        Account newcomer = TestAccounts.active(accounts, passwords, "Newcomer");

        MockHttpServletResponse page = mvc.perform(post("/validation/cases")
                        .param("role", "SCPD")
                        .param("body", people.body().id().toString())
                        .param("lang", "es")
                        .with(user(newcomer.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN")))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(409);
        Document shown = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.selectFirst("#problem").text()).startsWith("Un expediente parte de su autoevaluación");
        assertThat(shown.selectFirst("#no-self-assessment a").attr("href")).isEqualTo("/assessments/new");
    }

    @Test
    void showsARefusedStepOnTheCasePageWith409() throws Exception {
        MockHttpServletResponse opened = call(
                "POST",
                "/api/v1/validation/cases",
                candidate,
                "{\"role\":\"SCPD\",\"body\":\"" + people.body().id() + "\"}",
                "en");
        String id = JSON.readTree(opened.getContentAsString()).get("id").asString();

        MockHttpServletResponse page = mvc.perform(post("/validation/cases/" + id + "/submit")
                        .param("lang", "el")
                        .with(user(people.candidate().email()).authorities(new SimpleGrantedAuthority("SIGNED_IN")))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(409);
        Document shown = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.selectFirst("#problem").text())
                .isEqualTo("Η υποβολή του φακέλου τεκμηρίων: δεν είναι δυνατό όσο ο φάκελος βρίσκεται στη φάση "
                        + "«Ταυτοποίηση».");
        assertThat(shown.selectFirst("#stepper li[aria-current=step]").text()).contains("Ταυτοποίηση");
        assertThat(mvc.perform(get("/validation/cases/" + id)
                                .with(user(people.otherCandidate().email())
                                        .authorities(new SimpleGrantedAuthority("SIGNED_IN"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse call(String method, String path, String token, String body, String language)
            throws Exception {
        var request = method.equals("POST") ? post(path) : get(path);
        request = request.header("Authorization", "Bearer " + token).header("Accept-Language", language);
        if (!body.isEmpty()) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
