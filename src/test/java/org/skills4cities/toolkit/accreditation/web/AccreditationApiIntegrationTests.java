package org.skills4cities.toolkit.accreditation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.accreditation.AccreditationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accreditation API with Bearer tokens: an organisation's application from opening to accreditation and
 * withdrawal, each refused step 409 with its reason in the caller's language, a value not taken 400 naming the
 * field, an application of someone else 404, never 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccreditationApiIntegrationTests {

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
    AccessTokens tokens;

    private AccreditationPeople people;
    private String applicant;
    private String assessor;

    @BeforeEach
    void people() {
        people = AccreditationPeople.create(accounts, passwords, organisations);
        applicant = tokens.create(people.providerAdmin().id(), "api").secret();
        assessor = tokens.create(people.assessor().id(), "api").secret();
    }

    @Test
    void anApplicationGoesFromOpeningToAccreditationAndWithdrawal() throws Exception {
        MockHttpServletResponse opened = call(
                "POST",
                "/api/v1/accreditation/applications",
                applicant,
                "{\"subject\":\"training-organisation\",\"organisation\":\""
                        + people.provider().id() + "\",\"body\":\""
                        + people.body().id() + "\"}",
                "es");
        assertThat(opened.getStatus()).isEqualTo(201);
        JsonNode body = json(opened);
        String id = body.at("/application/id").asString();
        String base = "/api/v1/accreditation/applications/" + id;
        assertThat(opened.getHeader("Location")).isEqualTo(base);
        assertThat(body.at("/application/status").asString()).isEqualTo("draft");
        assertThat(body.at("/criteria/0/title").asString()).isEqualTo("Gobernanza y rendición de cuentas");
        assertThat(body.get("next").asString()).startsWith("Escriba una declaración");

        JsonNode refused = json(call("POST", base + "/submit", applicant, "", "es"));
        assertThat(refused.get("status").asInt()).isEqualTo(409);
        assertThat(refused.get("reason").asString()).isEqualTo("withoutStatement");
        assertThat(refused.get("detail").asString()).startsWith("La solicitud aún no puede presentarse");

        for (int i = 1; i <= 8; i++) {
            assertThat(call(
                                    "PUT",
                                    base + "/statements/TO-" + i,
                                    applicant,
                                    "{\"statement\":\"Evidence " + i + "\"}",
                                    "en")
                            .getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse link = call(
                "POST",
                base + "/evidence",
                applicant,
                "{\"criterion\":\"TO-3\",\"url\":\"javascript:alert(1)\"}",
                "de");
        assertThat(link.getStatus()).isEqualTo(400);
        assertThat(json(link).get("field").asString()).isEqualTo("url");
        assertThat(call("POST", base + "/submit", applicant, "", "en").getStatus())
                .isEqualTo(200);
        assertThat(call("POST", base + "/take", assessor, "", "en").getStatus()).isEqualTo(200);
        for (int i = 1; i <= 8; i++) {
            call(
                    "POST",
                    base + "/ratings",
                    assessor,
                    "{\"criterion\":\"TO-" + i + "\",\"rating\":\"met\",\"comment\":\"Seen.\"}",
                    "en");
        }
        assertThat(json(call(
                                "POST",
                                base + "/ratings",
                                assessor,
                                "{\"criterion\":\"TO-1\",\"rating\":\"great\"}",
                                "en"))
                        .get("field")
                        .asString())
                .isEqualTo("rating");
        JsonNode decided = json(call("POST", base + "/decision", assessor, "{\"decision\":\"accredit\"}", "en"));
        assertThat(decided.at("/application/status").asString()).isEqualTo("accredited");

        JsonNode entry = json(call(
                "GET",
                "/api/v1/registry/training-organisations/" + people.provider().id(),
                null,
                null,
                "en"));
        assertThat(entry.get("standing").asString()).isEqualTo("current");
        String accreditation = entry.at("/history/0/id").asString();
        MockHttpServletResponse withdrawn = call(
                "POST",
                "/api/v1/accreditation/accreditations/" + accreditation + "/withdrawal",
                assessor,
                "{\"message\":\"Trainers left.\"}",
                "en");
        assertThat(withdrawn.getStatus()).isEqualTo(200);
        assertThat(json(call(
                                "GET",
                                "/api/v1/registry/training-organisations/"
                                        + people.provider().id(),
                                null,
                                null,
                                "en"))
                        .get("standing")
                        .asString())
                .isEqualTo("withdrawn");
        assertThat(call(
                                "POST",
                                "/api/v1/accreditation/accreditations/" + accreditation + "/withdrawal",
                                assessor,
                                "{\"message\":\"Again.\"}",
                                "en")
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void someoneElsesApplicationAndBadInputAnswer4xxNever500() throws Exception {
        String outsider = tokens.create(people.otherAssessor().id(), "api").secret();
        JsonNode opened = json(call(
                "POST",
                "/api/v1/accreditation/applications",
                applicant,
                "{\"subject\":\"training-organisation\",\"organisation\":\""
                        + people.provider().id() + "\",\"body\":\""
                        + people.body().id() + "\"}",
                "en"));
        String base = "/api/v1/accreditation/applications/"
                + opened.at("/application/id").asString();

        MockHttpServletResponse hidden = call("GET", base, outsider, null, "el");
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(json(hidden).get("title").asString()).isEqualTo("Η αίτηση δεν βρέθηκε");
        assertThat(call("GET", "/api/v1/accreditation/applications/nope", applicant, null, "en")
                        .getStatus())
                .isEqualTo(404);
        assertThat(call("POST", "/api/v1/accreditation/applications", applicant, "{\"subject\":\"x\"}", "en")
                        .getStatus())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/accreditation/applications", applicant, "{not json", "en")
                        .getStatus())
                .isEqualTo(400);
        assertThat(call("PUT", base + "/statements/ZZ-9", applicant, "{\"statement\":\"x\"}", "en")
                        .getStatus())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/accreditation/applications", null, null, "en")
                        .getStatus())
                .isEqualTo(401);
    }

    private MockHttpServletResponse call(String method, String path, String token, String body, String language)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                        org.springframework.http.HttpMethod.valueOf(method), path)
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && !body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
