package org.skills4cities.toolkit.interchange.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemTypes;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import tools.jackson.databind.json.JsonMapper;

class DigCompReaderTests {

    private final DigCompReader reader = new DigCompReader(JsonMapper.builder().build());

    @Test
    void readsTheFiveAreasTwentyOneCompetencesAndEightLevels() {
        Framework digcomp = readDigComp().framework();

        assertThat(digcomp.items()).hasSize(5).allMatch(area -> area.type().equals(ItemTypes.COMPETENCE_AREA));
        assertThat(digcomp.items()).extracting(FrameworkItem::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(digcomp.competences()).hasSize(21);
        assertThat(digcomp.topLevel("1").orElseThrow().children())
                .extracting(FrameworkItem::code)
                .containsExactly("1.1", "1.2", "1.3");
        assertThat(digcomp.proficiencyLevels())
                .extracting(
                        ProficiencyLevel::level,
                        ProficiencyLevel::eqfLevel,
                        level -> level.title().english())
                .startsWith(tuple(1, 1, "Basic"), tuple(2, 2, "Basic"), tuple(3, 3, "Intermediate"))
                .endsWith(tuple(8, 8, "Highly advanced"))
                .hasSize(8);
        assertThat(digcomp.slug()).isEqualTo("digcomp");
        assertThat(digcomp.version()).isEqualTo("3.0");
        assertThat(digcomp.status().code()).isEqualTo("draft");
        assertThat(digcomp.languages()).containsExactly("en");
        assertThat(digcomp.title().english()).isEqualTo("DigComp 3.0");
        assertThat(digcomp.description().english())
                .contains("DigComp 3.0, European Commission, Joint Research Centre (JRC144121)");
    }

    @Test
    void makesTheLearningOutcomesKnowledgeSkillsAndAttitudesByTheirType() {
        List<FrameworkItem> competences = readDigComp().framework().competences();

        assertThat(competences.stream().mapToInt(c -> c.knowledge().size()).sum())
                .isEqualTo(217);
        assertThat(competences.stream().mapToInt(c -> c.skills().size()).sum()).isEqualTo(199);
        assertThat(competences.stream().mapToInt(c -> c.attitudes().size()).sum())
                .isEqualTo(107);
        FrameworkItem browsing = competences.getFirst();
        assertThat(browsing.attitudes().getFirst().english())
                .isEqualTo("Acknowledge the benefits of using different digital search tools and methods, "
                        + "depending on one’s purpose.");
        assertThat(browsing.attributes().get("learningOutcomes.attitudes")).startsWith("LearningOutcome/LO1.1.01 | ");
        assertThat(browsing.attributes().get("learningOutcomes.Basic")).startsWith("LearningOutcome/LO1.1.01 | ");
    }

    @Test
    void writesEachLevelDescriptorFromTheLevelAndTheCompetenceStatementsOfItsBand() {
        Framework digcomp = readDigComp().framework();
        FrameworkItem browsing = digcomp.competence("1.1").orElseThrow();
        String basicStatement = "Acknowledge the benefits of using different digital search tools and methods, "
                + "depending on one’s purpose.";

        assertThat(browsing.level(1).orElseThrow().description().english())
                .startsWith(
                        digcomp.proficiencyLevel(1).orElseThrow().description().english() + "\n")
                .contains("\n" + basicStatement);
        assertThat(browsing.level(2).orElseThrow().description().english())
                .startsWith("At the top of the Basic level")
                .contains(basicStatement);
        assertThat(browsing.level(3).orElseThrow().description().english()).doesNotContain(basicStatement);
        assertThat(digcomp.competences())
                .allSatisfy(competence -> assertThat(competence.levels())
                        .extracting(LevelDescriptor::level)
                        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8))
                .allSatisfy(competence -> assertThat(competence.levels().stream()
                                .map(l -> l.description().english()))
                        .doesNotHaveDuplicates());
    }

    @Test
    void placesEveryCompetenceStatementOnceAndKeepsTheIds() {
        Framework digcomp = readDigComp().framework();

        List<String> statementIds = digcomp.competences().stream()
                .flatMap(c -> c.attributes().entrySet().stream())
                .filter(attribute -> attribute.getKey().startsWith("competenceStatements."))
                .flatMap(attribute -> Arrays.stream(attribute.getValue().split(" \\| ")))
                .toList();
        assertThat(statementIds)
                .hasSize(362)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("CompetenceStatement/CS"));
        assertThat(digcomp.competence("1.1").orElseThrow().sourceIdentifier()).isEqualTo("Competence/1.1");
        assertThat(digcomp.topLevel("5").orElseThrow().sourceIdentifier()).isEqualTo("CompetenceArea/5");
        assertThat(digcomp.attributes())
                .containsEntry("level.7.@id", "ProficiencyLevel/Highly advanced_7")
                .containsEntry("level.1.six_levels_mapping", "A1")
                .containsKey("Glossary/AI system");
        assertThat(digcomp.attributes().keySet().stream().filter(key -> key.startsWith("Glossary/")))
                .hasSize(126);
        assertThat(digcomp.attributes().get("Glossary/AI system")).endsWith("environments.");
    }

    @Test
    void leavesNoTextBlank() {
        Framework digcomp = readDigComp().framework();

        Stream<LocalizedText> texts = Stream.concat(
                digcomp.proficiencyLevels().stream().flatMap(l -> Stream.of(l.title(), l.description())),
                digcomp.allItems()
                        .flatMap(item -> Stream.of(
                                        Stream.of(item.title(), item.description()),
                                        item.levels().stream().map(LevelDescriptor::description),
                                        item.knowledge().stream(),
                                        item.skills().stream(),
                                        item.attitudes().stream())
                                .flatMap(s -> s)));
        assertThat(texts).isNotEmpty().noneMatch(LocalizedText::isBlank);
    }

    @Test
    void givesTheSameItemsTheSameIdentifiersAtEveryReading() {
        assertThat(ids(readDigComp().framework())).isEqualTo(ids(readDigComp().framework()));
        assertThat(readDigComp().warnings()).isEmpty();
    }

    @Test
    void takesTheSlugAndVersionTheCallerGives() {
        Framework digcomp = reader.read(
                        OutsideFiles.read(OutsideFiles.DIGCOMP), new ReadOptions("city-digcomp", "3.0.1"))
                .framework();

        assertThat(digcomp.slug()).isEqualTo("city-digcomp");
        assertThat(digcomp.version()).isEqualTo("3.0.1");
        assertThat(digcomp.competence("1.1").orElseThrow().id())
                .isNotEqualTo(readDigComp()
                        .framework()
                        .competence("1.1")
                        .orElseThrow()
                        .id());
    }

    @Test
    void saysWhereJsonIsBroken() {
        byte[] broken =
                "{\"@graph\": [\n  {\"@type\": \"Competence\",\n   \"@id\": }\n]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(broken, ReadOptions.NONE))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::location, ImportProblem::code)
                                .containsExactly(tuple("line 3, column 11", "invalidJson")));
    }

    @Test
    void namesEveryProblemOfAnInconsistentGraph() {
        String graph = """
                {"@graph": [
                  {"@type": "CompetenceArea", "@id": "CompetenceArea/1", "name": "Area", "description": "An area."},
                  {"@type": "Competence", "@id": "Competence/1.1", "name": "", "description": "Does.",
                   "competence_area_id": "CompetenceArea/9"},
                  {"@type": "Competence", "@id": "Competence/1.1", "name": "Again", "description": "Twice.",
                   "competence_area_id": "CompetenceArea/1"},
                  {"@type": "Competence", "@id": "Skill 2", "name": "Odd", "description": "Odd id.",
                   "competence_area_id": "CompetenceArea/1"},
                  {"@type": "ProficiencyLevel", "@id": "ProficiencyLevel/Basic_1", "four_levels_name": "Basic",
                   "eight_levels_mapping": 1, "eight_levels_description": "Bottom."},
                  {"@type": "ProficiencyLevel", "@id": "ProficiencyLevel/Basic_9", "four_levels_name": "Basic",
                   "eight_levels_mapping": 9, "eight_levels_description": "Nowhere."},
                  {"@type": "CompetenceStatement", "@id": "CompetenceStatement/CS1", "description": "States.",
                   "competence_id": "Competence/1.1", "four_levels_proficiency_name": "ProficiencyLevel/Expert"},
                  {"@type": "LearningOutcome", "@id": "LearningOutcome/LO1", "description": "Learns.", "type": "Value",
                   "competence_id": "Competence/7.7", "four_levels_proficiency_name": "ProficiencyLevel/Basic"},
                  {"@type": "Badge", "@id": "Badge/1"},
                  {"@type": "Glossary", "@id": "Glossary/Term", "explanation": 42}
                ]}
                """;

        assertThatThrownBy(() -> reader.read(graph.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::location, ImportProblem::code)
                                .containsExactlyInAnyOrder(
                                        tuple("/@graph/2/@id", "duplicateId"),
                                        tuple("/@graph/5/eight_levels_mapping", "digcompLevelNumber"),
                                        tuple("/@graph/1/name", "blank"),
                                        tuple("/@graph/1/competence_area_id", "digcompUnknownLink"),
                                        tuple("/@graph/3/@id", "digcompIdForm"),
                                        tuple("/@graph/6/four_levels_proficiency_name", "digcompUnknownLink"),
                                        tuple("/@graph/7/competence_id", "digcompUnknownLink"),
                                        tuple("/@graph/9/explanation", "notText")));
    }

    @Test
    void readsAnOutcomeOfUnknownKindAsASkillAndWarns() {
        String graph = """
                {"@graph": [
                  {"@type": "CompetenceArea", "@id": "CompetenceArea/1", "name": "Area", "description": "An area."},
                  {"@type": "Competence", "@id": "Competence/1.1", "name": "One", "description": "Does.",
                   "competence_area_id": "CompetenceArea/1"},
                  {"@type": "ProficiencyLevel", "@id": "ProficiencyLevel/Basic_1", "four_levels_name": "Basic",
                   "eight_levels_mapping": 1, "eight_levels_description": "Bottom."},
                  {"@type": "LearningOutcome", "@id": "LearningOutcome/LO1", "description": "Learns.", "type": "Value",
                   "competence_id": "Competence/1.1", "four_levels_proficiency_name": "ProficiencyLevel/Basic"},
                  {"@type": "Badge", "@id": "Badge/1"}
                ]}
                """;

        FrameworkReading reading = reader.read(graph.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE);

        assertThat(reading.framework().competence("1.1").orElseThrow().skills())
                .extracting(LocalizedText::english)
                .containsExactly("Learns.");
        assertThat(reading.framework()
                        .competence("1.1")
                        .orElseThrow()
                        .level(1)
                        .orElseThrow()
                        .description()
                        .english())
                .isEqualTo("Bottom.");
        OutsideFiles.assertExplained(reading.warnings());
        assertThat(reading.warnings())
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(
                        tuple("/@graph/4/@type", "digcompUnknownType"),
                        tuple("/@graph/3/type", "digcompOutcomeType"),
                        tuple("/@graph/1", "digcompNoStatements"));
    }

    @Test
    void rejectsAFileWithoutAGraph() {
        assertThatThrownBy(() -> reader.read("{\"@context\": {}}".getBytes(StandardCharsets.UTF_8), ReadOptions.NONE))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::code)
                                .containsExactly("digcompNoGraph", "required"));
    }

    private FrameworkReading readDigComp() {
        return reader.read(OutsideFiles.read(OutsideFiles.DIGCOMP), ReadOptions.NONE);
    }

    private static List<String> ids(Framework framework) {
        return framework.allItems().map(item -> item.code() + "=" + item.id()).toList();
    }
}
