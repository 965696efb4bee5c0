package org.skills4cities.toolkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Import with a dry run, re-import of a corrected file, removal on request, rejection of a bad file, publishing, and a
 * city's adaptation of the reference framework, through the API as a client meets them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthoringApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    FrameworkCatalogue catalogue;

    @Test
    void aDryRunAndTheReimportOfACorrectedFileReportExactlyTheChangeMade() throws Exception {
        String token = adminToken();
        String slug = "pilot-" + UUID.randomUUID().toString().substring(0, 8);
        String first = document(slug, "Open data", "Отворени данни", true);

        var dry = importFile(token, first, "dryRun=true");
        assertThat(dry).hasStatusOk();
        assertThat(json(dry, "$.outcome")).isEqualTo("create");
        assertThat(json(dry, "$.applied")).isEqualTo(false);
        assertThat(json(dry, "$.items.created")).isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/frameworks/" + slug + "/versions")).hasStatus(404);

        assertThat(importFile(token, first, "")).hasStatus(201);
        assertThat(catalogue.get(slug, "1.0").item("X.2")).isPresent();

        String corrected = document(slug, "Open data sets", "Отворени данни", false);
        var plan = importFile(token, corrected, "dryRun=true");
        assertThat(plan).hasStatusOk();
        assertThat(json(plan, "$.outcome")).isEqualTo("update");
        assertThat(json(plan, "$.items.updated")).isEqualTo(1);
        assertThat(json(plan, "$.items.unchanged")).isEqualTo(2);
        assertThat(json(plan, "$.missing[0].code")).isEqualTo("X.2");
        List<Map<String, Object>> values = JsonPath.read(body(plan), "$.changes[?(@.code == 'X.1')].values[*]");
        assertThat(values)
                .containsExactly(Map.of("field", "title", "lang", "en", "old", "Open data", "value", "Open data sets"));
        assertThat(catalogue.get(slug, "1.0").item("X.1").orElseThrow().title().english())
                .isEqualTo("Open data");

        var applied = importFile(token, corrected, "");
        assertThat(applied).hasStatusOk();
        assertThat(json(applied, "$.applied")).isEqualTo(true);
        assertThat(catalogue.get(slug, "1.0").item("X.1").orElseThrow().title().english())
                .isEqualTo("Open data sets");
        assertThat(catalogue.get(slug, "1.0").item("X.2"))
                .as("kept until asked to remove")
                .isPresent();

        var history = mvc.get()
                .uri("/api/v1/frameworks/" + slug + "/versions/1.0/history?item=X.1")
                .header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(history).hasStatusOk();
        assertThat(json(history, "$[0].field")).isEqualTo("title");
        assertThat(json(history, "$[0].old")).isEqualTo("Open data");
        assertThat(json(history, "$[0].value")).isEqualTo("Open data sets");
        assertThat((String) json(history, "$[0].by")).startsWith("admin-");
        assertThat(json(history, "$[0].origin")).isEqualTo("import");
        assertThat(mvc.get()
                        .uri("/api/v1/frameworks/" + slug + "/versions/1.0/history?item=ZZ")
                        .header("Authorization", "Bearer " + token))
                .hasStatus(404);

        assertThat(importFile(token, corrected, "remove=X.1")).hasStatus(422);
        var removal = importFile(token, corrected, "remove=X.2");
        assertThat(json(removal, "$.removed[0]")).isEqualTo("X.2");
        assertThat(catalogue.get(slug, "1.0").item("X.2")).isEmpty();
    }

    @Test
    void aMalformedFileChangesNothingAndNamesEveryProblemInTheCallersLanguage() throws Exception {
        String token = adminToken();
        String slug = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = document(slug, "", "Отворени данни", true)
                .replace("\"eqfLevel\": 5", "\"eqfLevel\": 12")
                .replace("\"code\": \"X.2\"", "\"code\": \"X.1\"");

        var answer = importFile(token, broken, "lang=bg");
        assertThat(answer).hasStatus(422).hasContentType("application/problem+json");
        List<String> locations = JsonPath.read(body(answer), "$.problems[*].location");
        assertThat(locations).hasSizeGreaterThanOrEqualTo(3);
        List<String> messages = JsonPath.read(body(answer), "$.problems[*].message");
        assertThat(String.join(" ", messages)).contains("X.1").contains("12").containsPattern("[а-я]");
        assertThat(catalogue.versions(slug)).isEmpty();

        var notJson = importFile(token, "{\"id\": \"x\",\n  \"version\": }", "");
        assertThat(notJson).hasStatus(422);
        assertThat((String) json(notJson, "$.problems[0].location")).isEqualTo("line 2, column 14");
    }

    @Test
    void aPublishedVersionNeverChangesAndTheNextDraftKeepsTheIdentifiers() throws Exception {
        String token = adminToken();
        String slug = "fixed-" + UUID.randomUUID().toString().substring(0, 8);
        String doc = document(slug, "Open data", "Отворени данни", true);
        importFile(token, doc, "");
        assertThat(post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/publish", ""))
                .hasStatusOk();

        assertThat(json(importFile(token, doc, "dryRun=true"), "$.outcome")).isEqualTo("unchanged");
        var changed = importFile(token, document(slug, "Changed", "Отворени данни", true), "lang=de");
        assertThat(changed).hasStatus(422);
        assertThat((String) json(changed, "$.problems[0].message")).contains("Entwurf");

        assertThat(post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/drafts", "{\"version\":\"1.1\"}"))
                .hasStatus(201);
        assertThat(catalogue.get(slug, "1.1").item("X.1").orElseThrow().id())
                .isEqualTo(catalogue.get(slug, "1.0").item("X.1").orElseThrow().id());
        assertThat(catalogue.get(slug).version())
                .as("the published version stays current")
                .isEqualTo("1.0");
    }

    @Test
    void aCityAdaptsTheReferenceFrameworkPublishesItAndComparesItWithTheReference() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account hr = TestAccounts.active(accounts, passwords, "HR Sofia");
        Organisation city =
                organisations.create(admin, "Sofia " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), hr.id(), Role.HR_MANAGER);
        String token = tokens.create(hr.id(), "test").secret();
        String slug = "sofia-" + UUID.randomUUID().toString().substring(0, 8);
        String reference = catalogue.get("skills4cities").version();

        assertThat(post(
                        token,
                        "/api/v1/frameworks/skills4cities/versions/" + reference + "/adaptations",
                        "{\"id\":\"" + slug + "\",\"organisation\":\"" + city.id()
                                + "\",\"title\":{\"bg\":\"Рамка на София\"}}"))
                .hasStatus(201);
        var edits = post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/edits", """
                {"edits": [
                  {"op": "requirement", "role": "SCPM", "competence": "A.1", "level": 5, "mandatory": true},
                  {"op": "itemState", "item": "D.10", "state": "hidden"},
                  {"op": "addItem", "parent": "D", "code": "D.11", "type": "competence", "lang": "bg",
                   "text": "Управление на градски данни"},
                  {"op": "itemText", "item": "D.11", "field": "level:1", "lang": "bg", "text": "Познава градските данни."},
                  {"op": "itemText", "item": "D.11", "field": "level:2", "lang": "bg", "text": "Описва градските данни."},
                  {"op": "itemText", "item": "D.11", "field": "level:3", "lang": "bg", "text": "Управлява набори данни."},
                  {"op": "itemText", "item": "D.11", "field": "level:4", "lang": "bg", "text": "Ръководи платформа."},
                  {"op": "itemText", "item": "D.11", "field": "level:5", "lang": "bg", "text": "Определя политиката."},
                  {"op": "itemText", "item": "B.2", "field": "title", "lang": "en", "text": "Sofia stakeholders"}
                ]}""");
        assertThat(edits).hasStatusOk();
        var incomplete = post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/edits", """
                {"edits": [{"op": "addItem", "parent": "D", "code": "D.12", "type": "competence", "lang": "en",
                            "text": "Without descriptors"}]}""");
        assertThat(incomplete).hasStatusOk();
        var refused = post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/publish", "");
        assertThat(refused)
                .as("a competence needs a descriptor for every level to be published")
                .hasStatus(422);
        assertThat((String) json(refused, "$.problems[0].message")).contains("D.12");
        assertThat(post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/edits", """
                        {"edits": [{"op": "itemState", "item": "D.12", "state": "hidden"}]}"""))
                .hasStatusOk();
        assertThat(post(token, "/api/v1/frameworks/" + slug + "/versions/1.0/publish", ""))
                .hasStatusOk();

        var comparison = mvc.get()
                .uri("/api/v1/frameworks/" + slug + "/versions/1.0/compare")
                .exchange();
        assertThat(comparison).hasStatusOk();
        assertThat(json(comparison, "$.from")).isEqualTo("skills4cities@" + reference);
        assertThat(json(comparison, "$.items.created")).isEqualTo(2);
        List<String> changed = JsonPath.read(body(comparison), "$.changes[*].code");
        assertThat(changed).contains("D.11", "D.10", "B.2", "SCPM", slug);
        List<String> requirement = JsonPath.read(
                body(comparison), "$.changes[?(@.code == 'SCPM')].values[?(@.field == 'requirement:A.1')].value");
        assertThat(requirement).containsExactly("5 mandatory");

        var other = TestAccounts.active(accounts, passwords, "Stranger");
        String strangerToken = tokens.create(other.id(), "test").secret();
        assertThat(post(strangerToken, "/api/v1/frameworks/" + slug + "/versions/1.0/drafts", "{\"version\":\"2\"}"))
                .hasStatus(403);
        assertThat(importFile(strangerToken, document("stranger-x", "a", "б", true), ""))
                .hasStatus(403);
    }

    private String adminToken() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        return tokens.create(admin.id(), "test").secret();
    }

    private MvcTestResult importFile(String token, String content, String query) {
        return mvc.post()
                .uri("/api/v1/frameworks/import?format=json&" + query)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(content.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    private MvcTestResult post(String token, String path, String content) {
        return mvc.post()
                .uri(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(content.isEmpty() ? "{}" : content)
                .exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Object json(MvcTestResult result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    /** A small draft framework: one area with one or two competences. */
    private static String document(String slug, String title, String bgTitle, boolean withSecond) {
        String second = withSecond ? """
                  , {"code": "X.2", "type": "competence", "title": {"en": "Open licences"},
                     "levels": [{"level": 1, "description": {"en": "Names licences."}},
                                {"level": 2, "description": {"en": "Chooses licences."}}]}
                  """ : "";
        return """
                {"id": "%s", "version": "1.0", "status": "draft", "languages": ["en", "bg"],
                 "title": {"en": "Pilot", "bg": "Пилот"},
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 4, "title": {"en": "Basic"}},
                                       {"level": 2, "eqfLevel": 5, "title": {"en": "Advanced"}}],
                 "items": [{"code": "X", "type": "competence-area", "title": {"en": "Area"}, "children": [
                   {"code": "X.1", "type": "competence", "title": {"en": "%s", "bg": "%s"},
                    "levels": [{"level": 1, "description": {"en": "Finds open data."}},
                               {"level": 2, "description": {"en": "Publishes open data."}}]}
                   %s]}]}
                """.formatted(slug, title, bgTitle, second);
    }
}
