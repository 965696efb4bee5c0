package org.skills4cities.toolkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What an import refuses whatever the format, found by trying to break it: scales with gaps, addresses that would
 * break links, control characters, script links, malformed requests. Each answer is a 4xx problem in the caller's
 * language, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportRefusalsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    AccessTokens tokens;

    @Autowired
    FrameworkCatalogue catalogue;

    @Test
    void aCasePackageWhoseRubricLevelsLeaveAGapIsRefused() throws Exception {
        String slug = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        String pack = """
                {"CFDocument": {"identifier": "9b1c0b5e-1f7a-4c1e-8f00-6a1e2d3c4b5a", "title": "Gap"},
                 "CFItems": [{"identifier": "a", "fullStatement": "A"}],
                 "CFRubrics": [{"identifier": "r", "CFRubricCriteria": [{"CFItemURI": {"identifier": "a"},
                   "CFRubricCriterionLevels": [{"position": 1, "description": "One"},
                                               {"position": 1000000, "description": "A million"}]}]}]}
                """;

        MvcTestResult answer = importFile("case", pack, "id=" + slug + "&lang=bg");

        assertThat(answer).hasStatus(422);
        assertThat(codes(answer)).contains("scaleGap");
        assertThat(catalogue.versions(slug)).isEmpty();
    }

    @Test
    void codesVersionsAndLinksThatWouldBreakAddressesOrRunScriptAreRefused() throws Exception {
        String slug = "odd-" + UUID.randomUUID().toString().substring(0, 8);
        String document = """
                {"id": "%s", "version": "1/2", "status": "draft", "languages": ["en"], "title": {"en": "Odd"},
                 "proficiencyLevels": [{"level": 1, "eqfLevel": 4, "title": {"en": "Basic"}}],
                 "items": [{"code": "a/b", "type": "competence-area", "title": {"en": "Bell \\u0007 here"},
                   "children": [{"code": "..", "type": "topic", "title": {"en": "Dots"},
                     "sources": [{"citation": "Somewhere", "url": "javascript:alert(1)"}]}]}]}
                """.formatted(slug);

        MvcTestResult answer = importFile("json", document, "lang=el");

        assertThat(answer).hasStatus(422);
        assertThat(codes(answer)).contains("invalidVersion", "invalidCode", "invalidCharacter", "invalidLink");
        assertThat((String) JsonPath.read(body(answer), "$.title")).matches(".*[α-ω].*");
        assertThat(catalogue.versions(slug)).isEmpty();
    }

    @Test
    void aRequestWithoutFormatOrWithABrokenUploadIsAnsweredInTheCallersLanguage() throws Exception {
        MvcTestResult noFormat = mvc.post()
                .uri("/api/v1/frameworks/import?lang=bg")
                .header("Authorization", "Bearer " + adminToken())
                .contentType("application/json")
                .content("{}")
                .exchange();
        assertThat(noFormat).hasStatus(400);
        assertThat((String) JsonPath.read(body(noFormat), "$.detail"))
                .contains("format")
                .contains("параметъра");
        assertThat((String) JsonPath.read(body(noFormat), "$.language")).isEqualTo("bg");

        MvcTestResult broken = mvc.post()
                .uri("/api/v1/frameworks/import?format=csv&lang=de")
                .header("Authorization", "Bearer " + adminToken())
                .contentType("multipart/form-data; boundary=xyz")
                .content("garbage")
                .exchange();
        assertThat(broken).hasStatus(400);
        assertThat((String) JsonPath.read(body(broken), "$.language")).isEqualTo("de");
    }

    @Test
    void problemsOfASpreadsheetComeInFileOrderWithLinesNamedInTheCallersLanguage() throws Exception {
        String csv = "record,identifier,code,parent,type,field,value,en\n"
                + "item,,A,,competence-area,title,,Area\n"
                + "item,,A.1,NOPE,competence,title,,One\n"
                + "level,,x,,,eqf,9,\n";

        MvcTestResult answer = importFile("csv", csv, "id=sorted-x&lang=bg");

        assertThat(answer).hasStatus(422);
        List<String> locations = JsonPath.read(body(answer), "$.problems[*].location");
        assertThat(locations)
                .isNotEmpty()
                .allSatisfy(location -> assertThat(location).doesNotStartWith("line"));
        assertThat(locations.getFirst()).startsWith("ред");
        List<Integer> lines = locations.stream()
                .filter(l -> l.matches("ред \\d+.*"))
                .map(l -> Integer.parseInt(l.replaceAll("ред (\\d+).*", "$1")))
                .toList();
        assertThat(lines).isSorted();
    }

    private MvcTestResult importFile(String format, String content, String query) {
        return mvc.post()
                .uri("/api/v1/frameworks/import?format=" + format + "&" + query)
                .header("Authorization", "Bearer " + adminToken())
                .contentType("application/octet-stream")
                .content(content.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    private String adminToken() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        return tokens.create(admin.id(), "test").secret();
    }

    private static List<String> codes(MvcTestResult answer) throws Exception {
        return JsonPath.read(body(answer), "$.problems[*].code");
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
