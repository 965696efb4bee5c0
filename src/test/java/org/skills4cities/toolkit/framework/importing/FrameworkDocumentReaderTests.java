package org.skills4cities.toolkit.framework.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import tools.jackson.databind.json.JsonMapper;

class FrameworkDocumentReaderTests {

    private final FrameworkDocumentReader reader =
            new FrameworkDocumentReader(JsonMapper.builder().build());

    @Test
    void readsAMinimalFrameworkAndDerivesStableIdentifiers() {
        String document = """
                {"id": "mini", "version": "1", "languages": ["en", "bg"], "title": {"en": "Mini", "bg": "Мини"},
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 3, "title": "Basic"},
                                       {"level": 2, "eqfLevel": 4, "title": "Good"}],
                 "items": [{"code": "X", "type": "competence-area", "title": "Area",
                   "children": [{"code": "X.1", "type": "competence", "title": "Thing",
                     "levels": [{"level": 1, "description": "Does a little."},
                                {"level": 2, "description": "Does a lot."}]}]}],
                 "roles": [{"code": "R", "title": "Role", "mission": "Do things.", "eqfLevel": 5,
                   "requirements": [{"competence": "X.1", "level": 2, "mandatory": false}]}]}
                """;

        Framework first = read(document).orThrow();
        Framework second = read(document).orThrow();

        assertThat(first.title().values()).containsEntry("bg", "Мини");
        assertThat(first.status().code()).isEqualTo("draft");
        assertThat(first.competence("X.1")).isPresent();
        assertThat(first.role("R").orElseThrow().requirements().getFirst().mandatory())
                .isFalse();
        assertThat(first.item("X.1").orElseThrow().id())
                .isEqualTo(second.item("X.1").orElseThrow().id());
    }

    @Test
    void listsEveryProblemOfAnInconsistentFramework() {
        String document = """
                {"id": "Bad Slug", "version": "1", "status": "final", "languages": ["en"], "title": "Broken",
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 3, "title": "One"},
                                       {"level": 3, "eqfLevel": 12, "title": "Three"}],
                 "items": [{"code": "A", "type": "competence-area", "title": "Area", "children": [
                   {"code": "A.1", "type": "competence", "title": "First",
                    "levels": [{"level": 1, "description": "Same words."}, {"level": 3, "description": "Same words."}]},
                   {"code": "A.1", "type": "competence", "title": "",
                    "levels": [{"level": 1, "description": "Something."}]}]}],
                 "roles": [{"code": "R", "title": "Role", "mission": "Mission", "eqfLevel": 9,
                   "requirements": [{"competence": "Z.9", "level": 2},
                                    {"competence": "A.1", "level": "high"}]}]}
                """;

        FrameworkDocumentReader.Result result = read(document);

        assertThat(result.framework()).isNull();
        assertThat(result.problems())
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        tuple("/id", "invalidSlug"),
                        tuple("/status", "invalidStatus"),
                        tuple("/proficiencyLevels/1/eqfLevel", "eqfOutOfRange"),
                        tuple("/proficiencyLevels", "scaleGap"),
                        tuple("/items/0/children/0/levels", "levelRepeated"),
                        tuple("/items/0/children/1/code", "duplicateCode"),
                        tuple("/items/0/children/1/title", "blank"),
                        tuple("/roles/0/eqfLevel", "eqfOutOfRange"),
                        tuple("/roles/0/requirements/0/competence", "unknownCompetence"),
                        tuple("/roles/0/requirements/1/level", "notWholeNumber"));
        assertThatThrownBy(result::orThrow)
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems()).hasSize(result.problems().size()));
    }

    @Test
    void namesTheMissingLevelOfACompetence() {
        String document = """
                {"id": "gap", "version": "1", "languages": ["en"], "title": "Gap",
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 3, "title": "One"},
                                       {"level": 2, "eqfLevel": 4, "title": "Two"}],
                 "items": [{"code": "C", "type": "competence", "title": "Competence",
                   "levels": [{"level": 1, "description": "Only the first level."}]}]}
                """;

        assertThat(read(document).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("/items/0/levels");
            assertThat(problem.code()).isEqualTo("levelMissing");
            assertThat(problem.arguments()).containsExactly("C", 2);
        });
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        String document = "{\n  \"id\": \"x\",\n  \"version\": 1,,\n}";

        assertThat(read(document).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("invalidJson");
            assertThat(problem.location()).startsWith("line 3, column");
        });
    }

    @Test
    void refusesADocumentThatIsNotAnObject() {
        assertThat(read("[1, 2, 3]").problems()).extracting(ImportProblem::code).containsExactly("notObject");
    }

    private FrameworkDocumentReader.Result read(String document) {
        return reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }
}
