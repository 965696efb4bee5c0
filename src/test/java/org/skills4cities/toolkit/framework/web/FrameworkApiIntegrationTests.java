package org.skills4cities.toolkit.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class FrameworkApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheReferenceFramework() {
        assertThat(mvc.get().uri("/api/v1/frameworks"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.id == 'skills4cities')].status")
                .asArray()
                .containsExactly("published");
    }

    @Test
    void answersTheWholeReferenceFramework() {
        var body = assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities"))
                .hasStatusOk()
                .bodyJson();

        body.extractingPath("$.areas.length()").isEqualTo(4);
        body.extractingPath("$.areas[*].competences[*].code").asArray().hasSize(40);
        body.extractingPath("$.proficiencyLevels.length()").isEqualTo(5);
        body.extractingPath("$.areas[2].competences[6].levels[*].level")
                .asArray()
                .containsExactly(1, 2, 3, 4, 5);
        body.extractingPath("$.areas[*].competences[*].knowledge")
                .asArray()
                .allSatisfy(k -> assertThat(k)
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                        .hasSizeGreaterThanOrEqualTo(3));
        body.extractingPath("$.roles[*].code").asArray().containsExactly("SCPM", "SCPMC", "SCPD");
        body.extractingPath("$.roles[0].requirements[0]").asMap().containsOnlyKeys("competence", "level", "mandatory");
        body.extractingPath("$.language").isEqualTo("en");
    }

    @Test
    void answersACompetenceWithTheRolesThatNeedIt() {
        var body = assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/competences/B.5"))
                .hasStatusOk()
                .bodyJson();

        body.extractingPath("$.title").isEqualTo("Risk and issue management");
        body.extractingPath("$.area").isEqualTo("B");
        body.extractingPath("$.requiredBy[*].role").asArray().contains("SCPM");
        body.extractingPath("$.sources").asArray().isNotEmpty();
    }

    @Test
    void answersARole() {
        var body = assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/roles/SCPD"))
                .hasStatusOk()
                .bodyJson();

        body.extractingPath("$.title").isEqualTo("Smart City Project Developer");
        body.extractingPath("$.tasks").asArray().hasSizeGreaterThanOrEqualTo(6);
        body.extractingPath("$.requirements").asArray().hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void comparesChosenRoles() {
        var body = assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?roles=SCPM,SCPD&area=C"))
                .hasStatusOk()
                .bodyJson();

        body.extractingPath("$.roles[*].code").asArray().containsExactly("SCPM", "SCPD");
        body.extractingPath("$.rows[*].area").asArray().isNotEmpty().containsOnly("C");
        body.extractingPath("$.rows[?(@.competence == 'C.10')].differs")
                .asArray()
                .containsExactly(true);
    }

    @Test
    void answersInTheLanguageOfAcceptLanguageWithoutFallback() {
        var result = mvc.get()
                .uri("/api/v1/frameworks/skills4cities/roles/SCPM")
                .header("Accept-Language", "el-GR,el;q=0.9");

        assertThat(result).hasStatusOk().hasHeader("Content-Language", "el");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Διαχειριστής έργων έξυπνης πόλης");
        assertThat(result).bodyJson().doesNotHavePath("$.fallback");
    }

    @Test
    void answersUnknownIdsWithProblemDetails() {
        assertThat(mvc.get().uri("/api/v1/frameworks/no-such-framework"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("no-such-framework");
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/competences/Z.99"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Z.99");
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/roles/CEO"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersBadParametersWithProblemDetailsNamingThem() {
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?roles=SCPM,BOSS"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("roles", "BOSS");
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities?lang=fr"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("lang", "fr");
        assertThat(mvc.get().uri("/api/v1/search").param("q", "   "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?mandatoryOnly=perhaps"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersSpringsOwnErrorsInTheCallersLanguage() {
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?mandatoryOnly=perhaps&lang=de"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo("Der Parameter 'mandatoryOnly' kann den Wert 'perhaps' nicht annehmen.");
    }

    @Test
    void searchesWithStemmingAndHighlightsThePassage() {
        var body = assertThat(mvc.get().uri("/api/v1/search?q=procuring innovations&framework=skills4cities"))
                .hasStatusOk()
                .bodyJson();

        body.extractingPath("$.hits[0].code").isEqualTo("D.5");
        body.extractingPath("$.hits[0].highlight").asString().contains("<mark>");
    }

    @Test
    void describesItselfInOpenApiWithTheLangParameter() {
        var body = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();

        body.extractingPath("$.paths").asMap().containsKeys("/api/v1/frameworks/{id}", "/api/v1/search");
        body.extractingPath("$.paths['/api/v1/frameworks/{id}'].get.parameters[*].name")
                .asArray()
                .contains("lang")
                .doesNotContain("language");
        body.extractingPath("$.info.title").isEqualTo("Skills4Cities Toolkit API");
    }

    @Test
    void comparesAllAreasForABlankAreaAndRefusesAnUnknownOne() {
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?area="))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.rows")
                .asArray()
                .hasSize(40);
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/compare?area=ZZ"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("area", "ZZ");
    }

    @Test
    void findsEnglishTextFromAnotherLanguageOnlyWhenAskedToSearchAllLanguages() {
        assertThat(mvc.get().uri("/api/v1/search?q=open+data&lang=bg"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits")
                .asArray()
                .as("everything is in Bulgarian, so English is not searched")
                .isEmpty();

        var body = assertThat(mvc.get().uri("/api/v1/search?q=open+data&lang=bg&allLanguages=true"))
                .hasStatusOk()
                .bodyJson();
        body.extractingPath("$.language").isEqualTo("bg");
        body.extractingPath("$.allLanguages").isEqualTo(true);
        body.extractingPath("$.hits[0].language").isEqualTo("en");
    }

    @Test
    void reportsReadiness() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }
}
