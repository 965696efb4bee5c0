package org.skills4cities.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The assessment API as a client meets it: an anonymous assessment reached only with its access token, the gap report
 * with the readiness the formula gives, mandatory gaps first, the best-matching role and the learning path; an
 * account's assessment; and bad input refused with every field named, in the caller's language, storing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    AccessTokens tokens;

    @Test
    void anAnonymousAssessmentGivesAGapReportWithReadinessGapsBestRoleAndLearningPath() throws Exception {
        // every SCPD requirement met except C.1 (2 of 4, mandatory) and A.5 (not rated, optional 3)
        String ratings = catalogue.get("skills4cities").role("SCPD").orElseThrow().requirements().stream()
                .filter(r -> !r.competence().equals("A.5"))
                .map(r -> rating(r.competence(), r.competence().equals("C.1") ? 2 : r.level()))
                .collect(Collectors.joining(","));
        var created = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"role\":\"SCPD\",\"ratings\":[" + ratings + "]}")
                .exchange();
        assertThat(created).hasStatus(201);
        String id = json(created, "$.id");
        String token = json(created, "$.accessToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat((String) json(created, "$.links.resume")).isEqualTo("/assessments/resume/" + token);

        assertThat(mvc.get().uri("/api/v1/assessments/" + id)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/assessments/" + id).header("X-Access-Token", token + "x"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/assessments/" + id).header("X-Access-Token", token))
                .hasStatusOk();

        var report = mvc.get()
                .uri("/api/v1/assessments/" + id + "/gap-report?lang=el")
                .header("X-Access-Token", token)
                .exchange();
        assertThat(report).hasStatusOk();
        // Σ weight × min(level, required) = 149 - 2×2 - 1×3 = 142 of 149 → 95 %
        assertThat((Integer) json(report, "$.readiness")).isEqualTo(95);
        assertThat((String) json(report, "$.language")).isEqualTo("el");
        assertThat((String) json(report, "$.role.code")).isEqualTo("SCPD");
        assertThat((String) json(report, "$.bestMatchingRole.code")).isEqualTo("SCPD");
        List<Map<String, Object>> gaps = JsonPath.read(body(report), "$.gaps");
        assertThat(gaps).extracting(g -> g.get("competence")).containsExactly("C.1", "A.5");
        assertThat(gaps.getFirst())
                .containsEntry("current", 2)
                .containsEntry("required", 4)
                .containsEntry("mandatory", true);
        assertThat(gaps.get(1)).containsEntry("current", 0).containsEntry("mandatory", false);
        assertThat((String) json(report, "$.gaps[0].title")).isEqualTo("Αστικό IoT και δίκτυα αισθητήρων");
        List<Map<String, Object>> units = JsonPath.read(body(report), "$.learningPath.units");
        assertThat(units)
                .isNotEmpty()
                .allSatisfy(u -> assertThat((Integer) u.get("hours")).isPositive());
        List<String> closes = JsonPath.read(body(report), "$.learningPath.units[*].closes[*].competence");
        assertThat(closes).contains("C.1", "A.5");
        assertThat((String) json(report, "$.readinessFormula")).contains("Σ");

        var other = mvc.get()
                .uri("/api/v1/assessments/" + id + "/gap-report?role=SCPM")
                .header("X-Access-Token", token)
                .exchange();
        assertThat((String) json(other, "$.role.code")).isEqualTo("SCPM");
        assertThat((Integer) json(other, "$.readiness")).isEqualTo(36);
        assertThat((String) json(other, "$.bestMatchingRole.code")).isEqualTo("SCPD");
    }

    @Test
    void anAssessmentMadeWithAnAccountBelongsToItAndToNobodyElse() throws Exception {
        Account owner = TestAccounts.active(accounts, passwords, "Owner");
        Account stranger = TestAccounts.active(accounts, passwords, "Stranger");
        String ownerToken = tokens.create(owner.id(), "test").secret();
        var created = mvc.post()
                .uri("/api/v1/assessments")
                .header("Authorization", "Bearer " + ownerToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"ratings\":[" + rating("B.3", 4) + "]}")
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(body(created)).doesNotContain("accessToken\":\"");
        String id = json(created, "$.id");
        assertThat(mvc.get().uri("/api/v1/assessments/" + id).header("Authorization", "Bearer " + ownerToken))
                .hasStatusOk();
        String strangerToken = tokens.create(stranger.id(), "test").secret();
        assertThat(mvc.get()
                        .uri("/api/v1/assessments/" + id + "/gap-report")
                        .header("Authorization", "Bearer " + strangerToken))
                .hasStatus(404);
        var report = mvc.get()
                .uri("/api/v1/assessments/" + id + "/gap-report")
                .header("Authorization", "Bearer " + ownerToken)
                .exchange();
        // no target role: the report is against the best-matching role
        assertThat((String) json(report, "$.role.code")).isEqualTo(json(report, "$.bestMatchingRole.code"));

        var changed = mvc.put()
                .uri("/api/v1/assessments/" + id)
                .header("Authorization", "Bearer " + ownerToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"SCPM\",\"ratings\":[" + rating("B.4", 3) + "]}")
                .exchange();
        assertThat(changed).hasStatusOk();
        assertThat((String) json(changed, "$.role")).isEqualTo("SCPM");
        assertThat(JsonPath.<List<String>>read(body(changed), "$.ratings[*].competence"))
                .containsExactly("B.3", "B.4");
        var data = mvc.get()
                .uri("/api/v1/me/data")
                .header("Authorization", "Bearer " + ownerToken)
                .exchange();
        assertThat((String) json(data, "$.held.assessments[0].assessment.id")).isEqualTo(id);
        assertThat((Integer) json(data, "$.held.assessments[0].assessment.ratings[1].level"))
                .isEqualTo(3);
        assertThat(mvc.delete().uri("/api/v1/assessments/" + id).header("Authorization", "Bearer " + strangerToken))
                .hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/assessments/" + id).header("Authorization", "Bearer " + ownerToken))
                .hasStatus(204);
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedInTheCallersLanguageAndNothingStored() throws Exception {
        var refused = mvc.post()
                .uri("/api/v1/assessments?lang=bg")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"role\":\"CEO\",\"ratings\":["
                        + rating("A.1", 7) + "," + rating("Z.9", 1) + "," + rating("A.1", 2)
                        + ",{\"competence\":\"B.1\"}]}")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
        List<String> fields = JsonPath.read(body(refused), "$.problems[*].field");
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "ratings[3].level",
                        "role",
                        "ratings[0].level",
                        "ratings[1].competence",
                        "ratings[2].competence");
        assertThat(body(refused)).contains("„Z.9“", "от 0 (все още не) до 5");

        var typed = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"ratings\":[{\"competence\":\"A.1\",\"level\":2.5},"
                        + "{\"competence\":\"A.2\",\"level\":\"3\"}]}")
                .exchange();
        assertThat(typed).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(typed), "$.problems[*].code"))
                .containsExactly("wholeLevel", "wholeLevel");
        String many = java.util.stream.IntStream.range(0, 201)
                .mapToObj(i -> rating("A.1", 1))
                .collect(Collectors.joining(","));
        var tooMany = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"ratings\":[" + many + "]}")
                .exchange();
        assertThat(tooMany).hasStatus(400);
        assertThat((String) json(tooMany, "$.problems[0].field")).isEqualTo("ratings");
        var huge = mvc.post()
                .uri("/api/v1/assessments?lang=de")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"ratings\":[{\"competence\":\"A.1\",\"level\":1,\"note\":\""
                        + "x".repeat(300_000) + "\"}]}")
                .exchange();
        assertThat(huge).hasStatus(413);
        assertThat(body(huge)).contains("Anfrage zu groß");

        var unknown = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"nowhere\",\"ratings\":[]}")
                .exchange();
        assertThat(unknown).hasStatus(400);
        assertThat((String) json(unknown, "$.problems[0].field")).isEqualTo("framework");
        assertThat(mvc.post()
                        .uri("/api/v1/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ratings\":"))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/assessments/not-a-uuid")).hasStatus(404);
        var created = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"ratings\":[]}")
                .exchange();
        String id = json(created, "$.id");
        String token = json(created, "$.accessToken");
        assertThat(mvc.get()
                        .uri("/api/v1/assessments/" + id + "/gap-report?role=CEO")
                        .header("X-Access-Token", token))
                .hasStatus(400);
    }

    private static String rating(String competence, int level) {
        return "{\"competence\":\"" + competence + "\",\"level\":" + level + "}";
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <T> T json(MvcTestResult result, String path) throws Exception {
        return (T) JsonPath.read(body(result), path);
    }
}
