package org.skills4cities.toolkit.certification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.certification.CertifiedPeople;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certificates API: the holder's list, the body's steps with refusals as problem details naming the field in the
 * caller's language, and 404 for anybody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateApiIntegrationTests {

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
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    CertifiedPeople people;
    Account holder;
    Certificate certificate;

    @BeforeAll
    void certified() {
        people = CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        holder = accounts.find(
                        people.certify("Цветелина Пенева").validationCase().candidate())
                .orElseThrow();
        certificate = certificates.ofHolder(holder).getFirst();
    }

    private JsonNode call(Account account, MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        request.with(user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theHolderListsTheirCertificates() throws Exception {
        JsonNode mine = call(holder, get("/api/v1/certificates"), 200);
        assertThat(mine.get(0).get("id").asString()).isEqualTo(certificate.id());
        assertThat(mine.get(0).get("holder").asString()).isEqualTo("Цветелина Пенева");
        assertThat(mine.get(0).get("status").asString()).isEqualTo("active");
    }

    @Test
    void aStepWithoutReasonIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        JsonNode refused = call(
                people.assessor(),
                post("/api/v1/certificates/" + certificate.id() + "/suspend?lang=bg")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"),
                400);
        assertThat(refused.get("field").asString()).isEqualTo("reason");
        assertThat(refused.get("language").asString()).isEqualTo("bg");
        assertThat(refused.get("detail").asString()).startsWith("Мотиви");

        JsonNode notActive = call(
                people.assessor(),
                post("/api/v1/certificates/" + certificate.id() + "/reinstate?lang=de")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Warum nicht\"}"),
                409);
        assertThat(notActive.get("reason").asString()).isEqualTo("notSuspended");
        assertThat(notActive.get("detail").asString()).doesNotContain("active");

        JsonNode noHours = call(
                people.assessor(),
                post("/api/v1/certificates/" + certificate.id() + "/renew")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"activities\": \"Courses\"}"),
                400);
        assertThat(noHours.get("field").asString()).isEqualTo("hours");
    }

    @Test
    void nobodyElseReachesTheCertificate() throws Exception {
        JsonNode hidden = call(people.otherAssessor(), get("/api/v1/certificates/" + certificate.id()), 404);
        assertThat(hidden.get("type").asString()).isNotBlank();
        call(
                holder,
                post("/api/v1/certificates/" + certificate.id() + "/revoke")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Mine\"}"),
                404);
    }
}
