package org.skills4cities.toolkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference framework as a CASE 1.1 package: valid against the 1EdTech schema, complete, stable, in any
 * language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseExportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @ParameterizedTest
    @EnumSource(Language.class)
    void exportsAPackageTheCaseSchemaAccepts(Language language) throws Exception {
        JsonNode pack = export(language);

        List<Error> errors = CaseSchema.errors(pack);

        assertThat(errors).as("CASE 1.1 schema errors").isEmpty();
        assertThat(pack.path("CFDocument").path("language").asString()).isEqualTo(language.code());
    }

    @Test
    void carriesEveryItemRoleRequirementAndLevelWithUniqueIdentifiers() throws Exception {
        Framework framework = catalogue.get("skills4cities");
        JsonNode pack = export(Language.BG);

        assertThat(pack.path("CFItems").size()).isEqualTo(44 + 3);
        FrameworkItem competence = framework.competence("A.1").orElseThrow();
        JsonNode item = find(pack.path("CFItems"), "identifier", competence.id().toString());
        assertThat(item.path("fullStatement").asString())
                .isEqualTo(competence.title().in(Language.BG).text());
        assertThat(item.path("humanCodingScheme").asString()).isEqualTo("A.1");
        assertThat(item.path("extensions")
                        .path("skills4cities")
                        .path("title")
                        .path("el")
                        .asString())
                .isEqualTo(competence.title().in(Language.EL).text());

        int requirements = framework.roles().stream()
                .mapToInt(r -> r.requirements().size())
                .sum();
        long related = count(pack.path("CFAssociations"), "isRelatedTo");
        long children = count(pack.path("CFAssociations"), "isChildOf");
        int references = framework.competences().stream()
                .mapToInt(c -> c.references().size())
                .sum();
        assertThat(children).isEqualTo(44 + 3);
        assertThat(related).isEqualTo(requirements + references);

        assertThat(pack.path("CFRubrics").size()).isEqualTo(40);
        JsonNode levels =
                pack.path("CFRubrics").get(0).path("CFRubricCriteria").get(0).path("CFRubricCriterionLevels");
        assertThat(levels.size()).isEqualTo(5);
        assertThat(levels.get(2).path("score").asInt()).isEqualTo(3);

        Set<String> identifiers = new HashSet<>();
        for (String list : List.of("CFItems", "CFAssociations", "CFRubrics")) {
            pack.path(list)
                    .forEach(node -> assertThat(
                                    identifiers.add(node.path("identifier").asString()))
                            .as(
                                    "identifier used once: %s",
                                    node.path("identifier").asString())
                            .isTrue());
        }
    }

    @Test
    void exportsTheSameBytesEveryTime() throws Exception {
        assertThat(exportBody(Language.EL)).isEqualTo(exportBody(Language.EL));
    }

    @Test
    void servesPublishedFrameworksThroughTheCaseApi() throws Exception {
        Framework framework = catalogue.get("skills4cities");

        assertThat(mvc.get().uri("/ims/case/v1p1/CFDocuments"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.CFDocuments[*].identifier")
                .asArray()
                .contains(framework.id().toString());
        assertThat(mvc.get().uri("/ims/case/v1p1/CFPackages/" + framework.id() + "?lang=el"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.CFDocument.title")
                .isEqualTo(framework.title().in(Language.EL).text());
        assertThat(mvc.get().uri("/ims/case/v1p1/CFPackages/00000000-0000-4000-8000-000000000000"))
                .hasStatus(404);
    }

    @Test
    void refusesAFormatItDoesNotWriteInTheCallersLanguage() {
        assertThat(mvc.get().uri("/api/v1/frameworks/skills4cities/export?format=pdf&lang=de"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Nicht unterstütztes Format");
    }

    private JsonNode export(Language language) throws Exception {
        return JSON.readTree(exportBody(language));
    }

    private String exportBody(Language language) throws Exception {
        var response = mvc.get()
                .uri("/api/v1/frameworks/skills4cities/export?format=case&lang=" + language.code())
                .exchange()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("skills4cities-1.1.0-case-" + language.code());
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (node.path(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("No " + field + " " + value);
    }

    private static long count(JsonNode associations, String type) {
        long n = 0;
        for (JsonNode association : associations) {
            if (association.path("associationType").asString().equals(type)) {
                n++;
            }
        }
        return n;
    }
}
