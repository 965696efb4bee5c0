package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkDocumentReader;
import tools.jackson.databind.json.JsonMapper;

class ItemBankReaderTests {

    static final Framework FRAMEWORK = referenceFramework();

    @Test
    void readsTheTestBankWithScenarioPartsScoredUnderTheirScenario() {
        BankReading reading = ItemBankReader.read(testBank(), FRAMEWORK);

        assertThat(reading.problems()).isEmpty();
        assertThat(BankCounts.questions(reading.items())).isEqualTo(4 * (12 + 2 * 3));
        ExamItem scenario = reading.items().stream()
                .filter(i -> i.code().equals("B-S2"))
                .findFirst()
                .orElseThrow();
        assertThat(scenario.parts())
                .extracting(ExamItem::code, ExamItem::competence, ExamItem::level)
                .containsExactly(tuple("B-S2.1", "B.6", 4), tuple("B-S2.2", "B.6", 4), tuple("B-S2.3", "B.6", 4));
        assertThat(scenario.stem().values()).containsEntry("el", "Περίπτωση B-S2");
    }

    @Test
    void readsTheReferenceBankWithoutProblemsAndWithRoomToVaryEveryBlueprintsForms() throws IOException {
        byte[] reference;
        try (InputStream in = getClass().getResourceAsStream("/exams/skills4cities/items.json")) {
            reference = in.readAllBytes();
        }

        BankReading reading = ItemBankReader.read(reference, FRAMEWORK);

        assertThat(reading.problems()).isEmpty();
        for (Blueprint blueprint : BlueprintFileTests.shipped()) {
            for (BlueprintSection section : blueprint.sections()) {
                assertThat(ExamForms.choices(section, reading.items()))
                        .as("%s %s", blueprint.roleCode(), section)
                        .hasSizeGreaterThan(section.questions());
                assertThat(ExamForms.scenarios(section, reading.items())).hasSizeGreaterThan(section.scenarios());
            }
        }
    }

    @Test
    void collectsEveryProblemWithItsPointer() {
        String file = """
                {"format": "skills4cities-item-bank/1", "framework": "skills4cities", "items": [
                  {"code": "A.1-1", "competence": "A.1", "level": 2, "kind": "single-choice", "points": 1,
                   "stem": {"bg": "Въпрос"},
                   "options": [%s, %s, %s],
                   "explanation": {"en": "Because."}},
                  {"code": "A.1-1", "competence": "Z.9", "level": 7, "kind": "true-false", "points": 1},
                  {"code": "A.2-1", "competence": "A.2", "level": 3, "kind": "multiple-choice", "points": 2,
                   "stem": {"en": "Pick", "xx": "?"},
                   "options": [%s, %s, %s, %s, {"id": "a", "text": {"en": "again"}, "correct": "yes"}],
                   "explanation": {"en": "%s"}},
                  {"code": "A-S1", "competence": "A.5", "level": 3, "kind": "scenario", "points": 3,
                   "stem": {"en": "A case"},
                   "parts": [{"code": "A-S1.1", "kind": "scenario"}]}
                ]}
                """.formatted(
                        option("a", true),
                        option("b", true),
                        option("g", false),
                        option("a", true),
                        option("b", false),
                        option("c", false),
                        option("d", false),
                        "x".repeat(ItemBankReader.MAX_EXPLANATION + 1));

        BankReading reading = ItemBankReader.read(file.getBytes(StandardCharsets.UTF_8), FRAMEWORK);

        assertThat(reading.items()).isEmpty();
        assertThat(reading.problems())
                .extracting(BankProblem::location, BankProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("/items/0/stem", "exambank.problem.englishMissing"),
                        tuple("/items/0/options/2/id", "exambank.problem.optionId"),
                        tuple("/items/0/options", "exambank.problem.singleOptions"),
                        tuple("/items/0/options", "exambank.problem.singleCorrect"),
                        tuple("/items/1/code", "import.problem.duplicateCode"),
                        tuple("/items/1/competence", "import.problem.unknownCompetence"),
                        tuple("/items/1/level", "import.problem.levelNotOnScale"),
                        tuple("/items/1/kind", "exambank.problem.kind"),
                        tuple("/items/2/stem/xx", "exambank.problem.unknownLanguage"),
                        tuple("/items/2/options/4/id", "exambank.problem.duplicateOption"),
                        tuple("/items/2/options/4/correct", "import.problem.notTrueOrFalse"),
                        tuple("/items/2/options", "exambank.problem.multipleCorrect"),
                        tuple("/items/2/explanation/en", "import.problem.tooLong"),
                        tuple("/items/2/explanation", "exambank.problem.englishMissing"),
                        tuple("/items/3/points", "exambank.problem.scenarioScored"),
                        tuple("/items/3/parts", "exambank.problem.scenarioParts"),
                        tuple("/items/3/parts/0/kind", "exambank.problem.partKind"));
    }

    @Test
    void refusesTooFewOrTooManyOptionsOfAMultipleChoiceQuestion() {
        String file = bank("""
                {"code": "A.2-1", "competence": "A.2", "level": 3, "kind": "multiple-choice", "points": 2,
                 "stem": {"en": "Pick"}, "options": [%s, %s, %s, %s], "explanation": {"en": "Why"}}
                """.formatted(option("a", true), option("b", true), option("c", false), option("d", false)));

        assertThat(ItemBankReader.read(file.getBytes(StandardCharsets.UTF_8), FRAMEWORK)
                        .problems())
                .extracting(BankProblem::location, BankProblem::messageKey, BankProblem::arguments)
                .containsExactly(tuple("/items/0/options", "exambank.problem.multipleOptions", java.util.List.of(4)));
    }

    @Test
    void namesTheLineAndColumnOfBrokenJson() {
        BankReading reading = ItemBankReader.read("{\n  \"format\": ,\n}".getBytes(StandardCharsets.UTF_8), FRAMEWORK);

        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2, column 13");
            assertThat(p.messageKey()).isEqualTo("import.problem.invalidJson");
        });
    }

    @Test
    void refusesAnotherFormatOrFrameworkAndAFileThatIsNotUtf8() {
        String other = "{\"format\": \"qti\", \"framework\": \"digcomp\", \"items\": []}";

        assertThat(ItemBankReader.read(other.getBytes(StandardCharsets.UTF_8), FRAMEWORK)
                        .problems())
                .extracting(BankProblem::messageKey)
                .containsExactly("exambank.problem.format", "exambank.problem.framework", "exambank.problem.noItems");
        assertThat(ItemBankReader.read(new byte[] {'{', (byte) 0xC3, '}'}, FRAMEWORK)
                        .problems())
                .extracting(BankProblem::messageKey)
                .containsExactly("exambank.problem.notUtf8");
    }

    static byte[] testBank() {
        try (InputStream in = ItemBankReaderTests.class.getResourceAsStream("/exams/fixture-bank.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bank(String items) {
        return "{\"format\": \"skills4cities-item-bank/1\", \"framework\": \"skills4cities\", \"items\": [" + items
                + "]}";
    }

    private static String option(String id, boolean correct) {
        return "{\"id\": \"%s\", \"text\": {\"en\": \"Option %s\"}, \"correct\": %s}".formatted(id, id, correct);
    }

    private static Framework referenceFramework() {
        try (InputStream in = ItemBankReaderTests.class.getResourceAsStream("/frameworks/skills4cities.json")) {
            return new FrameworkDocumentReader(JsonMapper.builder().build())
                    .read(in)
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
