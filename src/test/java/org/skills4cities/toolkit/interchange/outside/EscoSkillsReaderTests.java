package org.skills4cities.toolkit.interchange.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;

class EscoSkillsReaderTests {

    private static final String HEADER = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,"
            + "description,broaderConceptUri,broaderConceptPT\n";
    private static final String ESCO = "http://data.europa.eu/esco/skill/";

    private final EscoSkillsReader reader = new EscoSkillsReader();

    @Test
    void readsTheTwentyOneIctSkillsUnderTheirFirstBroaderConcept() {
        Framework ict = read(OutsideFiles.ESCO_ICT);

        assertThat(skills(ict))
                .hasSize(21)
                .allMatch(skill -> skill.sourceIdentifier().startsWith(ESCO));
        assertThat(ict.items()).hasSize(15).allMatch(group -> group.type().equals("skill-group"));
        FrameworkItem computerProblems = ict.topLevel("S5.2.3").orElseThrow();
        assertThat(computerProblems.title().english()).isEqualTo("resolving computer problems");
        assertThat(computerProblems.sourceIdentifier()).isEqualTo(ESCO + "S5.2.3");
        FrameworkItem solve = computerProblems.children().getFirst();
        assertThat(solve.code()).isEqualTo("14832d87");
        assertThat(solve.type()).isEqualTo("skill");
        assertThat(solve.title().english()).isEqualTo("solve technical problems");
        assertThat(solve.description().english()).startsWith("Identify technical problems when operating devices");
        assertThat(solve.sourceIdentifier()).isEqualTo(ESCO + "14832d87-2f2f-4895-b290-e4760ebae42a");
        assertThat(solve.references())
                .containsExactly(new ExternalReference(
                        "ESCO", null, ESCO + "14832d87-2f2f-4895-b290-e4760ebae42a", solve.title()));
        assertThat(solve.attributes())
                .containsEntry("skillType", "skill/competence")
                .containsEntry("reuseLevel", "transversal")
                .containsEntry("conceptType", "KnowledgeSkillCompetence")
                .containsEntry("broaderConceptPT", "resolving computer problems | problem-solving with digital tools")
                .doesNotContainKeys("altLabels", "preferredLabel", "conceptUri", "description");
    }

    @Test
    void readsTheHundredAndSevenTransversalSkillsWithTheirGroups() {
        Framework transversal = read(OutsideFiles.ESCO_TRANSVERSAL);

        assertThat(skills(transversal)).hasSize(107);
        assertThat(transversal.items())
                .hasSize(53)
                .allMatch(group -> !group.children().isEmpty());
        FrameworkItem yahoo = transversal
                .allItems()
                .filter(item -> item.title().english().equals("use Yahoo! Search"))
                .findFirst()
                .orElseThrow();
        assertThat(transversal.topLevelOf(yahoo.code()).orElseThrow().code()).isEqualTo("S5.5.1");
        assertThat(yahoo.attributes().get("broaderConceptUri"))
                .isEqualTo(ESCO + "698be2d3-8768-422d-a2d3-1cb701816089 | " + ESCO + "S5.5.1");
        assertThat(yahoo.description().english()).endsWith("judging its relevance and purpose.");
        assertThat(skills(transversal).stream().map(FrameworkItem::code)).allMatch(code -> code.length() == 8);
        assertThat(transversal.allItems().map(FrameworkItem::title)).noneMatch(LocalizedText::isBlank);
        assertThat(skills(transversal).stream().map(FrameworkItem::description)).noneMatch(LocalizedText::isBlank);
    }

    @Test
    void givesAnEmptyScaleTheDefaultNameAndTheAttribution() {
        Framework ict = read(OutsideFiles.ESCO_ICT);

        assertThat(ict.proficiencyLevels()).isEmpty();
        assertThat(ict.roles()).isEmpty();
        assertThat(ict.slug()).isEqualTo("esco-skills");
        assertThat(ict.version()).isEqualTo("1.0");
        assertThat(ict.status().code()).isEqualTo("draft");
        assertThat(ict.description().english()).contains("ESCO, European Commission");
        assertThat(reader.read(OutsideFiles.read(OutsideFiles.ESCO_ICT), new ReadOptions("esco-ict", "1.0.9"))
                        .framework())
                .extracting(Framework::slug, Framework::version)
                .containsExactly("esco-ict", "1.0.9");
    }

    @Test
    void givesTheSameItemsTheSameCodesAndIdentifiersAtEveryReading() {
        assertThat(ids(read(OutsideFiles.ESCO_TRANSVERSAL))).isEqualTo(ids(read(OutsideFiles.ESCO_TRANSVERSAL)));
        assertThat(ids(read(OutsideFiles.ESCO_ICT))).isEqualTo(ids(read(OutsideFiles.ESCO_ICT)));
    }

    @Test
    void countsLinesAcrossCellsThatSpanLines() {
        String csv = HEADER
                + "KnowledgeSkillCompetence," + ESCO + "aaaaaaaa-0000-4000-8000-000000000001,skill/competence,"
                + "transversal,first,,\"One line\nand another\"," + ESCO + "S1,group\n"
                + "KnowledgeSkillCompetence," + ESCO + "bbbbbbbb-0000-4000-8000-000000000002,skill/competence,"
                + "transversal, ,,Nameless," + ESCO + "S1,group\n";

        assertThat(problems(csv))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("line 4, column 5", "blank"));
    }

    @Test
    void namesEveryProblemOfAFileWithoutPreferredLabels() {
        String csv = "conceptType,conceptUri,skillType,description,broaderConceptUri,broaderConceptPT\n"
                + "KnowledgeSkillCompetence,,skill/competence,No URI," + ESCO + "S1,group\n"
                + "KnowledgeSkillCompetence," + ESCO + "x,skill/competence,Two groups," + ESCO + "S1 | " + ESCO
                + "S2,group\n"
                + "KnowledgeSkillCompetence," + ESCO + "x,skill/competence,Again\n";

        assertThat(problems(csv))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("line 1", "escoMissingColumn"),
                        tuple("line 2, column 2", "blank"),
                        tuple("line 3, column 6", "escoBroaderLabels"),
                        tuple("line 4", "escoCellCount"),
                        tuple("line 4, column 2", "duplicateId"));
    }

    @Test
    void saysWhereTheCsvBreaks() {
        String stray = HEADER + "KnowledgeSkillCompetence,\"" + ESCO + "x\"y,skill/competence,a,b,c,d,e,f\n";
        String unclosed = HEADER + "KnowledgeSkillCompetence," + ESCO + "x,skill/competence,a,\"b,c,d,e,f\n";

        assertThat(problems(stray))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("line 2, column " + (27 + ESCO.length() + 2), "escoMalformed"));
        assertThat(problems(unclosed))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("line 2", "escoMalformed"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "K," + ESCO + "x,s,t,Caf\u00e9,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(latin1, ReadOptions.NONE))
                .isInstanceOfSatisfying(
                        FrameworkRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::code)
                                .containsExactly("escoNotUtf8"));
    }

    @Test
    void putsASkillWithoutBroaderConceptAtTheTop() {
        String csv = "\uFEFFconceptUri,preferredLabel\n" + ESCO + "S9.9.9,alone\n";

        Framework framework = reader.read(csv.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE)
                .framework();

        assertThat(framework.items())
                .extracting(
                        FrameworkItem::code,
                        FrameworkItem::type,
                        item -> item.title().english())
                .containsExactly(tuple("S9.9.9", "skill", "alone"));
    }

    private Framework read(String file) {
        return reader.read(OutsideFiles.read(file), ReadOptions.NONE).framework();
    }

    private List<ImportProblem> problems(String csv) {
        try {
            reader.read(csv.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE);
        } catch (FrameworkRejected rejected) {
            OutsideFiles.assertExplained(rejected.problems());
            return rejected.problems();
        }
        throw new AssertionError("The file was read without problems");
    }

    private static List<FrameworkItem> skills(Framework framework) {
        return framework.allItems().filter(item -> item.type().equals("skill")).toList();
    }

    private static List<String> ids(Framework framework) {
        return framework.allItems().map(item -> item.code() + "=" + item.id()).toList();
    }
}
