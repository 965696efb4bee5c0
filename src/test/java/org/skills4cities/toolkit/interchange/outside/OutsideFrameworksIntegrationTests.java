package org.skills4cities.toolkit.interchange.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.importing.FrameworkImport;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.skills4cities.toolkit.framework.importing.ImportPlan;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * DigComp 3.0 and the ESCO ICT skills collection, imported through the import path as they are read, in the
 * explorer: the framework pages, a competence and a skill page, search, and the framework API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsideFrameworksIntegrationTests {

    private static final ImportAccess PLATFORM = new ImportAccess() {
        @Override
        public String actor() {
            return "outside-frameworks-test";
        }

        @Override
        public boolean mayWrite(@Nullable UUID owner) {
            return true;
        }

        @Override
        public @Nullable UUID ownerOfNew() {
            return null;
        }
    };

    private final String digcomp = "digcomp-" + UUID.randomUUID().toString().substring(0, 8);
    private final String esco = "esco-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FrameworkImport frameworkImport;

    @Autowired
    FrameworkCatalogue catalogue;

    @BeforeAll
    void importDigCompAndEsco() {
        assertThat(frameworkImport
                        .apply(request("digcomp", OutsideFiles.DIGCOMP, digcomp))
                        .outcome())
                .isEqualTo(ImportPlan.Outcome.CREATE);
        assertThat(frameworkImport
                        .apply(request("esco", OutsideFiles.ESCO_ICT, esco))
                        .outcome())
                .isEqualTo(ImportPlan.Outcome.CREATE);
    }

    @Test
    void findsNothingToChangeWhenTheSameFilesComeAgain() {
        assertThat(frameworkImport
                        .dryRun(request("digcomp", OutsideFiles.DIGCOMP, digcomp))
                        .outcome())
                .isEqualTo(ImportPlan.Outcome.UNCHANGED);
        assertThat(frameworkImport
                        .dryRun(request("esco", OutsideFiles.ESCO_ICT, esco))
                        .outcome())
                .isEqualTo(ImportPlan.Outcome.UNCHANGED);
    }

    @Test
    void keepsTheIdentifiersAndAttributesOfTheFiles() {
        Framework stored = catalogue.get(digcomp);

        assertThat(stored.competence("1.1").orElseThrow().sourceIdentifier()).isEqualTo("Competence/1.1");
        assertThat(stored.competence("1.1").orElseThrow().attributes().get("learningOutcomes.knowledge"))
                .startsWith("LearningOutcome/LO1.1.");
        assertThat(stored.attributes()).containsKey("Glossary/AI system").containsKey("level.8.@id");
        assertThat(catalogue.get(esco).item("14832d87").orElseThrow().sourceIdentifier())
                .isEqualTo("http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a");
    }

    @Test
    void showsTheAreasCompetencesAndEightLevelsOfDigComp() {
        assertThat(mvc.get().uri("/frameworks/" + digcomp))
                .hasStatusOk()
                .bodyText()
                .contains("DigComp 3.0", "Joint Research Centre (JRC144121)")
                .contains("Information search, evaluation and management")
                .contains("href=\"/frameworks/" + digcomp + "/competences/1.1\"")
                .contains("Browsing, searching and filtering information")
                .contains("Level 8 · Highly advanced", "EQF 8");
    }

    @Test
    void showsADigCompCompetenceWithItsEightLevelsAndItsLearningOutcomes() {
        assertThat(mvc.get().uri("/frameworks/" + digcomp + "/competences/1.1"))
                .hasStatusOk()
                .bodyText()
                .contains("Browsing, searching and filtering information")
                .contains("class=\"step step-8\"", "class=\"step step-1\"")
                .contains("At the bottom of the Basic level")
                .contains("Acknowledge the benefits of using different digital search tools and methods")
                .contains("Knowledge", "Skills", "Attitudes");
        assertThat(mvc.get().uri("/frameworks/" + digcomp + "/competences/1.1/pdf"))
                .hasStatusOk();
    }

    @Test
    void showsTheSkillsOfAnEscoCollectionUnderTheirGroups() {
        assertThat(mvc.get().uri("/frameworks/" + esco))
                .hasStatusOk()
                .bodyText()
                .contains("ESCO skills", "ESCO, European Commission")
                .contains("id=\"area-S5.2.3\"", "resolving computer problems")
                .contains("href=\"/frameworks/" + esco + "/competences/14832d87\"", "solve technical problems")
                .doesNotContain("Proficiency levels", "Role profiles");
        assertThat(mvc.get().uri("/frameworks/" + esco + "/competences/14832d87"))
                .hasStatusOk()
                .bodyText()
                .contains("solve technical problems")
                .contains("Identify technical problems when operating devices")
                .contains("href=\"http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a\"")
                .doesNotContain("Proficiency levels", "Knowledge", "Roles that need this competence", "/pdf");
        assertThat(mvc.get().uri("/frameworks/" + esco + "/competences/S5.2.3"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/frameworks/" + esco + "/competences/14832d87\"");
    }

    @Test
    void findsDigCompCompetencesAndEscoSkillsAndGroups() {
        assertThat(mvc.get().uri("/search?q=\"browsing, searching and filtering information\""))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/frameworks/" + digcomp + "/competences/1.1\"");
        assertThat(mvc.get().uri("/search?q=\"solve technical problems\""))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/frameworks/" + esco + "/competences/14832d87\"");
        assertThat(mvc.get().uri("/search?q=\"resolving computer problems\""))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/frameworks/" + esco + "/competences/S5.2.3\"");
    }

    @Test
    void offersBothInTheFrameworkApi() {
        assertThat(mvc.get().uri("/api/v1/frameworks/" + esco)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/frameworks/" + digcomp + "/competences/1.1"))
                .hasStatusOk();
    }

    private static FrameworkImport.Request request(String format, String file, String slug) {
        return new FrameworkImport.Request(
                OutsideFiles.read(file), format, new ReadOptions(slug, null), Set.of(), PLATFORM);
    }
}
