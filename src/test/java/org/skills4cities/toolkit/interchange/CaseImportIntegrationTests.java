package org.skills4cities.toolkit.interchange;

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
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A CASE package through the import API, stored, and exported again as CASE 1.1 from what was stored. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseImportIntegrationTests {

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

    @Autowired
    CaseReader reader;

    @Test
    void importsAnOpenSaltPackageWithWarningsInTheCallersLanguageAndExportsWhatItStored() throws Exception {
        String token = adminToken();
        String slug = "smart-level-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pack = CaseFiles.opensalt("SmartLevelFramework.json");

        MvcTestResult dry = importCase(token, pack, "id=" + slug + "&dryRun=true&lang=de");
        assertThat(dry).hasStatusOk();
        assertThat(JsonPath.<Integer>read(body(dry), "$.items.created")).isEqualTo(14);
        List<String> messages = JsonPath.read(body(dry), "$.warnings[?(@.code == 'caseNoSequence')].message");
        assertThat(messages).hasSize(14).allSatisfy(m -> assertThat(m).contains("sequenceNumber", "Kind"));

        assertThat(importCase(token, pack, "id=" + slug)).hasStatus(201);
        Framework stored = catalogue.get(slug, "1");
        assertThat(stored.item("1.10").orElseThrow().identifier()).isEqualTo("00000000-0000-0000-0000-000000000012");

        MvcTestResult export = mvc.get()
                .uri("/api/v1/frameworks/" + slug + "/export?format=case&lang=en")
                .header("Authorization", "Bearer " + token)
                .exchange();
        assertThat(export).hasStatusOk();
        byte[] exported = export.getResponse().getContentAsByteArray();
        assertThat(CaseSchema.errors(CaseFiles.tree(exported))).isEmpty();
        Framework again = reader.read(exported, ReadOptions.NONE).framework();
        assertThat(again.items()).isEqualTo(stored.items());
        assertThat(again.attributes()).isEqualTo(stored.attributes());
        assertThat(again.sourceIdentifier()).isEqualTo(stored.sourceIdentifier());
    }

    @Test
    void refusesAPackageWhoseTreeGoesRoundInACycleNamingTheAssociation() throws Exception {
        String pack = """
                {"CFDocument": {"identifier": "x", "title": "Cycle"},
                 "CFItems": [{"identifier": "a", "fullStatement": "A"}],
                 "CFAssociations": [{"associationType": "isChildOf", "originNodeURI": {"identifier": "a"},
                                     "destinationNodeURI": {"identifier": "a"}}]}
                """;

        MvcTestResult result =
                importCase(adminToken(), pack.getBytes(StandardCharsets.UTF_8), "id=cycle&dryRun=true&lang=en");

        assertThat(result).hasStatus(422);
        assertThat(body(result)).contains("/CFAssociations/0", "caseCycle", "go round in a cycle");
    }

    private String adminToken() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        return tokens.create(admin.id(), "test").secret();
    }

    private MvcTestResult importCase(String token, byte[] content, String query) {
        return mvc.post()
                .uri("/api/v1/frameworks/import?format=case&" + query)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(content)
                .exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
