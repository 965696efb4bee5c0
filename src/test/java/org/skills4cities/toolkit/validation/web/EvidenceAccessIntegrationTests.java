package org.skills4cities.toolkit.validation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.EvidenceFiles;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reaches an evidence file: its candidate and the case's assigned assessors, by page and by API; for everyone
 * else (an assessor of the same body not assigned, another body's assessor, an HR manager, a platform admin, another
 * candidate, the anonymous) and for a made-up identifier, 404, the same answer. The file leaves as an attachment that
 * nothing renders or keeps.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

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

    @Autowired
    AuditLog audit;

    private ValidationPeople people;
    private CaseFile file;
    private UUID evidence;
    private final Map<String, Account> actors = new LinkedHashMap<>();
    private final Map<String, String> bearer = new LinkedHashMap<>();

    @BeforeAll
    void caseWithAFile() {
        people = ValidationPeople.create(accounts, passwords, organisations, assessments);
        file = cases.open(
                people.candidate(), ValidationPeople.ROLE, people.body().id());
        file = portfolios.addFile(
                people.candidate(), file.id(), "C.1", "Отчёт \"sensors\" 2024.pdf", EvidenceFiles.pdf());
        evidence = file.evidenceFor("C.1").getFirst().id();
        cases.assign(people.assessor(), file.id(), people.assessor().id());
        actors.put("candidate", people.candidate());
        actors.put("assignedAssessor", people.assessor());
        actors.put("unassignedAssessor", people.secondAssessor());
        actors.put("otherBodyAssessor", people.otherAssessor());
        actors.put("hrManager", people.hrManager());
        actors.put("platformAdmin", people.admin());
        actors.put("otherCandidate", people.otherCandidate());
        actors.forEach((name, account) ->
                bearer.put(name, tokens.create(account.id(), "evidence").secret()));
    }

    Stream<String> actors() {
        return Stream.of(
                "candidate",
                "assignedAssessor",
                "unassignedAssessor",
                "otherBodyAssessor",
                "hrManager",
                "platformAdmin",
                "otherCandidate",
                "anonymous");
    }

    @ParameterizedTest
    @MethodSource("actors")
    void reachesTheFileOnlyAsItsCandidateOrAnAssignedAssessorByPage(String actor) throws Exception {
        int expected = actor.equals("candidate") || actor.equals("assignedAssessor") ? 200 : 404;

        assertThat(page(actor, filePath(file.id(), evidence)).getStatus()).isEqualTo(expected);
        assertThat(page(actor, filePath(file.id(), UUID.randomUUID())).getStatus())
                .isEqualTo(404);
        assertThat(page(actor, filePath(UUID.randomUUID(), evidence)).getStatus())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("actors")
    void reachesTheFileOnlyAsItsCandidateOrAnAssignedAssessorByApi(String actor) throws Exception {
        int expected = actor.equals("candidate") || actor.equals("assignedAssessor") ? 200 : 404;

        MockHttpServletResponse response = api(actor, "/api" + "/v1" + filePath(file.id(), evidence));
        assertThat(response.getStatus()).isEqualTo(expected);
        if (expected == 404) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).doesNotContain("sensors", "C.1");
        }
        assertThat(api(actor, "/api/v1" + filePath(file.id(), UUID.randomUUID()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(api(actor, "/api/v1/validation/cases/" + file.id() + "/evidence/made-up/file")
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void hidesTheCaseFromPeopleItIsNothingTo() throws Exception {
        for (String actor : new String[] {"otherBodyAssessor", "hrManager", "platformAdmin", "otherCandidate"}) {
            assertThat(page(actor, "/validation/cases/" + file.id()).getStatus())
                    .as(actor)
                    .isEqualTo(404);
            assertThat(api(actor, "/api/v1/validation/cases/" + file.id()).getStatus())
                    .as(actor)
                    .isEqualTo(404);
        }
        MockHttpServletResponse unassigned = api("unassignedAssessor", "/api/v1/validation/cases/" + file.id());
        assertThat(unassigned.getStatus()).isEqualTo(200);
        assertThat(unassigned.getContentAsString())
                .contains("\"evidence\":null")
                .doesNotContain(evidence.toString());
        assertThat(page("unassignedAssessor", "/validation/cases/" + file.id()).getContentAsString())
                .contains("id=\"portfolio-hidden\"")
                .doesNotContain(evidence.toString());
    }

    @Test
    void servesTheFileAsAnAttachmentNothingRendersSniffsOrKeeps() throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
            page("assignedAssessor", filePath(file.id(), evidence)),
            api("candidate", "/api/v1" + filePath(file.id(), evidence))
        }) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("application/octet-stream");
            assertThat(response.getHeader("Content-Disposition"))
                    .startsWith("attachment; filename=\"")
                    .contains("filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%20_sensors_%202024.pdf");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
            assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(audit.latest(200, people.body().id()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("validation.evidence-opened"));
    }

    @Test
    void answersAFileOfTheWrongTypeWith415SayingWhatItIs() throws Exception {
        MockHttpServletResponse html = upload("report.pdf", EvidenceFiles.html());
        assertThat(html.getStatus()).isEqualTo(415);
        assertThat(html.getContentAsString()).contains("\"reason\":\"unsupported\"");

        MockHttpServletResponse mismatch = upload("report.pdf", EvidenceFiles.png());
        assertThat(mismatch.getStatus()).isEqualTo(415);
        assertThat(mismatch.getContentAsString()).contains("PNG", ".pdf", "\"reason\":\"mismatch\"");

        byte[] png = EvidenceFiles.png();
        MockHttpServletResponse truncated = upload("map.png", java.util.Arrays.copyOf(png, png.length - 8));
        assertThat(truncated.getStatus()).isEqualTo(415);
        assertThat(truncated.getContentAsString()).contains("\"reason\":\"damaged\"");

        assertThat(upload("tender.docx", EvidenceFiles.docx()).getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/validation/cases/" + file.id() + "/evidence/files")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("competence", "A.4")
                        .header("Authorization", "Bearer " + bearer.get("candidate")))
                .andReturn()
                .getResponse();
    }

    private static String filePath(UUID caseId, UUID evidenceId) {
        return "/validation/cases/" + caseId + "/evidence/" + evidenceId + "/file";
    }

    private MockHttpServletResponse page(String actor, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (!actor.equals("anonymous")) {
            request =
                    request.with(user(actors.get(actor).email()).authorities(new SimpleGrantedAuthority("SIGNED_IN")));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse api(String actor, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (!actor.equals("anonymous")) {
            request = request.header("Authorization", "Bearer " + bearer.get(actor));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
