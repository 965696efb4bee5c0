package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlueprintFileTests {

    @Test
    void readsTheShippedBlueprintsOnePerRoleOfNinetyMinutes() throws IOException {
        List<Blueprint> blueprints = shipped();

        assertThat(blueprints).extracting(Blueprint::roleCode).containsExactly("SCPM", "SCPMC", "SCPD");
        assertThat(blueprints).allSatisfy(b -> {
            assertThat(b.frameworkSlug()).isEqualTo("skills4cities");
            assertThat(b.duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(b.areas()).containsExactlyInAnyOrder("A", "B", "C", "D");
            assertThat(b.retakes()).isEqualTo(new RetakeRule(3, Period.ofYears(1), 14));
        });
    }

    @Test
    void shippedBlueprintsAreFilledByABankShapedLikeTheReferenceBankWithRoomToVary() throws IOException {
        List<ExamItem> reference = referenceShapedBank();

        for (Blueprint blueprint : shipped()) {
            int questions = ExamForms.draw(blueprint, reference, new java.util.SplittableRandom(1))
                    .questions()
                    .size();
            assertThat(questions).isBetween(30, 40);
            for (BlueprintSection section : blueprint.sections()) {
                assertThat(ExamForms.choices(section, reference)).hasSizeGreaterThan(section.questions());
                assertThat(ExamForms.scenarios(section, reference)).hasSizeGreaterThan(section.scenarios());
            }
        }
    }

    @Test
    void weighsEachRolesAreasByItsRequirements() throws IOException {
        List<Blueprint> blueprints = shipped();

        assertThat(mostQuestions(blueprints.get(0))).isEqualTo("B");
        assertThat(mostQuestions(blueprints.get(1))).isEqualTo("A");
        assertThat(mostQuestions(blueprints.get(2))).isEqualTo("C");
    }

    @Test
    void refusesAFileNamingTheValueAtFault() {
        String broken = """
                {"format": "skills4cities-blueprints/1", "framework": "skills4cities", "blueprints": [
                  {"role": "SCPM", "duration": "PT90M", "passMark": 65,
                   "retakes": {"maxAttempts": 3, "period": "P1Y", "waitDays": 14},
                   "sections": [{"area": "A", "questions": "five", "scenarios": 1, "minLevel": 2, "maxLevel": 4}]}]}
                """;

        assertThatThrownBy(() -> BlueprintFile.read(broken, "test"))
                .hasMessageContaining("/blueprints/0/sections/0/questions")
                .hasMessageContaining("whole number");
    }

    @Test
    void refusesAPassMarkOverAHundredAndOverlappingLevelBands() {
        String overHundred = oneBlueprint(
                "101", "{\"area\": \"A\", \"questions\": 5, \"scenarios\": 0," + " \"minLevel\": 2, \"maxLevel\": 4}");
        String overlapping = oneBlueprint(
                "65",
                "{\"area\": \"A\", \"questions\": 5, \"scenarios\": 0,"
                        + " \"minLevel\": 2, \"maxLevel\": 3}, {\"area\": \"A\", \"questions\": 2, \"scenarios\": 0,"
                        + " \"minLevel\": 3, \"maxLevel\": 4}");

        assertThatThrownBy(() -> BlueprintFile.read(overHundred, "test")).hasMessageContaining("passMark");
        assertThatThrownBy(() -> BlueprintFile.read(overlapping, "test")).hasMessageContaining("overlap");
    }

    @Test
    void refusesADurationThatIsNotIso8601() {
        String text = oneBlueprint(
                        "65",
                        "{\"area\": \"A\", \"questions\": 5, \"scenarios\": 0," + " \"minLevel\": 2, \"maxLevel\": 4}")
                .replace("PT90M", "90 minutes");

        assertThatThrownBy(() -> BlueprintFile.read(text, "test")).hasMessageContaining("/blueprints/0/duration");
    }

    static List<Blueprint> shipped() throws IOException {
        try (InputStream in = BlueprintFileTests.class.getResourceAsStream("/exams/skills4cities/blueprints.json")) {
            return BlueprintFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "blueprints.json");
        }
    }

    /** Per area: 2 questions per competence (levels 2–4) and 2 scenarios of 3 parts, as the reference bank will. */
    static List<ExamItem> referenceShapedBank() {
        List<ExamItem> bank = new ArrayList<>();
        for (String area : List.of("A", "B", "C", "D")) {
            for (int competence = 1; competence <= 10; competence++) {
                String code = area + "." + competence;
                bank.add(TestItems.single(code + "-1", code, 2 + competence % 3));
                bank.add(TestItems.choice(code + "-2", code, 2 + (competence + 1) % 3, 2, 6, 3));
            }
            bank.add(TestItems.scenario(area + "-S1", area + ".5", 3, 3));
            bank.add(TestItems.scenario(area + "-S2", area + ".8", 4, 3));
        }
        return bank;
    }

    private static String mostQuestions(Blueprint blueprint) {
        return blueprint.sections().stream()
                .max(java.util.Comparator.comparingInt(BlueprintSection::questions))
                .orElseThrow()
                .area();
    }

    private static String oneBlueprint(String passMark, String sections) {
        return """
                {"format": "skills4cities-blueprints/1", "framework": "skills4cities", "blueprints": [
                  {"role": "SCPM", "duration": "PT90M", "passMark": %s,
                   "retakes": {"maxAttempts": 3, "period": "P1Y", "waitDays": 14},
                   "sections": [%s]}]}
                """.formatted(passMark, sections);
    }
}
