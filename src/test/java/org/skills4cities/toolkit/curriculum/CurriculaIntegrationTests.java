package org.skills4cities.toolkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The curricula package shipped with the reference framework: complete in six languages, covering the three reference
 * roles in full, with a curriculum per role, as pages and JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CurriculaIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Curricula curricula;

    @Autowired
    FrameworkCatalogue catalogue;

    @Test
    void theCurriculaCoverEveryMandatoryRequirementOfTheThreeReferenceRoles() throws Exception {
        Framework framework = catalogue.get("skills4cities");
        Curriculum curriculum = curricula.of(framework).orElseThrow();
        assertThat(curriculum.modules()).extracting(TrainingModule::area).containsExactly("A", "B", "C", "D");
        for (RoleProfile role : framework.roles()) {
            Coverage coverage = Coverage.of(curriculum, framework, role);
            assertThat(coverage.missing()).as(role.code()).isEmpty();
            assertThat(coverage.lines()).as(role.code()).allMatch(Coverage.Line::covered);
        }
        curriculum
                .units()
                .flatMap(u -> u.outcomes().stream())
                .forEach(outcome -> assertThat(framework.competence(outcome.competence()))
                        .as(outcome.competence())
                        .isPresent());

        MvcTestResult json = mvc.get()
                .uri("/api/v1/curricula/skills4cities/coverage?lang=ro")
                .exchange();
        assertThat(json).hasStatusOk();
        List<Map<String, Object>> roles = JsonPath.read(body(json), "$");
        assertThat(roles).extracting(r -> r.get("role")).containsExactly("SCPM", "SCPMC", "SCPD");
        assertThat(roles)
                .allSatisfy(r -> assertThat(r).containsEntry("full", true).containsEntry("missing", List.of()));

        String page = body(mvc.get().uri("/curricula/coverage?lang=el").exchange());
        assertThat(page).contains("Πλήρης κάλυψη").doesNotContain("data-coverage=\"missing\"");
    }

    @Test
    void aRoleCurriculumTakesALearnerFromNothingToEveryRequiredLevel() throws Exception {
        MvcTestResult json = mvc.get()
                .uri("/api/v1/curricula/skills4cities/roles/SCPD?lang=bg")
                .exchange();
        assertThat(json).hasStatusOk();
        List<String> units = JsonPath.read(body(json), "$.units[*].code");
        assertThat(units).isNotEmpty().doesNotHaveDuplicates();
        Integer hours = JsonPath.read(body(json), "$.hours");
        List<Integer> each = JsonPath.read(body(json), "$.units[*].hours");
        assertThat(hours).isEqualTo(each.stream().mapToInt(Integer::intValue).sum());
        // foundations come first: the first unit is a level 1–2 unit
        List<Integer> firstLevels = JsonPath.read(body(json), "$.units[0].closes[*].level");
        assertThat(firstLevels).allMatch(level -> level <= 2);

        assertThat(mvc.get().uri("/curricula/roles/SCPD?lang=bg")).hasStatusOk();
        assertThat(mvc.get().uri("/curricula/units/C-U1?lang=el")).hasStatusOk();
        assertThat(mvc.get().uri("/curricula/units/Z-U9")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/curricula/skills4cities/units/Z-U9")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/curricula/nowhere")).hasStatus(404);
        String unit = body(mvc.get()
                .uri("/api/v1/curricula/skills4cities/units/A-U1?lang=el")
                .exchange());
        assertThat((String) JsonPath.read(unit, "$.title")).matches(".*[α-ωΑ-Ω].*");
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
