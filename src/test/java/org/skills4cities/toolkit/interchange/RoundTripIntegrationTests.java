package org.skills4cities.toolkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.interchange.spreadsheet.SheetFixtures;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Round trips through the HTTP API and the database: a framework is exported, the framework is taken out of the
 * database entirely, the export is imported into that empty place, exported again, and the two exports are equal in
 * content, order, identifiers and all languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundTripIntegrationTests {

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
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    java.util.List<FrameworkWriter> writers;

    @Test
    void theReferenceFrameworkRoundTripsAsCaseInEveryLanguageItCarries() throws Exception {
        String token = adminToken();
        String slug = copyOfReference(token);
        for (String lang : new String[] {"en", "bg", "el"}) {
            byte[] first = export(slug, "case", lang);
            forget(slug);
            assertThat(importFile(token, first, "case", "")).hasStatus(201);
            byte[] second = export(slug, "case", lang);
            assertThat(content(second))
                    .as("CASE export in %s after a round trip", lang)
                    .isEqualTo(content(first));
        }
        Framework back = catalogue.get(slug);
        Framework reference = catalogue.get("skills4cities");
        assertThat(back.allItems().map(FrameworkItem::id))
                .containsExactlyElementsOf(
                        reference.allItems().map(FrameworkItem::id).toList());
        assertThat(back.item("B.2").orElseThrow().title())
                .isEqualTo(reference.item("B.2").orElseThrow().title());
        assertThat(back.roles()).isEqualTo(reference.roles());
    }

    @Test
    void theCommonCoreMathPackageImportsWithItsTreeExportsValidCaseAndRoundTrips() throws Exception {
        byte[] ccss = CaseFiles.corpus("ccss-math-cfpackage.json");
        String token = adminToken();
        String slug = "ccss-" + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult dry = importFile(token, ccss, "case", "id=" + slug + "&dryRun=true");
        assertThat(dry).hasStatusOk();
        assertThat(json(dry).get("items").get("created").asInt()).isEqualTo(703);
        assertThat(json(dry).get("warnings").size()).isGreaterThan(1000);
        assertThat(importFile(token, ccss, "case", "id=" + slug)).hasStatus(201);
        Framework imported = catalogue.get(slug);
        assertThat(imported.allItems().count()).isEqualTo(703);
        assertThat(imported.allItems().map(FrameworkItem::identifier))
                .contains("http://purl.org/ASN/resources/S1143409");
        assertThat(depth(imported.items())).isEqualTo(5);

        byte[] first = export(slug, "case", "en");
        assertThat(CaseSchema.errors(CaseFiles.JSON.readTree(first)))
                .as("CASE 1.1 schema errors")
                .isEmpty();
        forget(slug);
        assertThat(importFile(token, first, "case", "")).hasStatus(201);
        byte[] second = export(slug, "case", "en");
        assertThat(content(second)).isEqualTo(content(first));
        assertThat(catalogue.get(slug).allItems().map(FrameworkItem::identifier))
                .containsExactlyElementsOf(
                        imported.allItems().map(FrameworkItem::identifier).toList());
    }

    @Test
    void theReferenceFrameworkRoundTripsAsCsvAndXlsx() throws Exception {
        String token = adminToken();
        String slug = copyOfReference(token);
        byte[] csv = export(slug, "csv", "bg");
        byte[] xlsx = export(slug, "xlsx", "el");
        forget(slug);
        assertThat(importFile(token, csv, "csv", "")).hasStatus(201);
        assertThat(export(slug, "csv", "bg")).isEqualTo(csv);
        forget(slug);
        assertThat(importFile(token, xlsx, "xlsx", "")).hasStatus(201);
        assertThat(cells(export(slug, "xlsx", "el"))).isEqualTo(cells(xlsx));
        assertThat(catalogue.get(slug).roles())
                .isEqualTo(catalogue.get("skills4cities").roles());
    }

    @Test
    void awkwardCodesAndTextInSixLanguagesSurviveCsvAndXlsxThroughTheDatabase() throws Exception {
        String token = adminToken();
        String slug = "awkward-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = csvWriter().write(storable(SheetFixtures.awkward()), Language.EN);
        assertThat(importFile(token, file, "csv", "id=" + slug)).hasStatus(201);
        Framework stored = catalogue.get(slug);
        assertThat(stored.allItems().map(FrameworkItem::code)).contains("1.10", "01.05", "007", "1e3", "TRUE");
        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] first = export(slug, format, "de");
            forget(slug);
            assertThat(importFile(token, first, format, "")).hasStatus(201);
            Framework back = catalogue.get(slug);
            assertThat(back.items()).as("items after a %s round trip", format).isEqualTo(stored.items());
            assertThat(back.title()).isEqualTo(stored.title());
        }
    }

    /** The awkward framework without the control character its spreadsheet test carries: stored data holds none. */
    private static Framework storable(Framework f) {
        var attributes = new java.util.HashMap<>(f.attributes());
        attributes.replaceAll((name, value) -> value.replaceAll("\\p{Cntrl}", ""));
        return new Framework(
                f.id(),
                f.slug(),
                f.version(),
                f.status(),
                f.basedOn(),
                f.languages(),
                f.title(),
                f.description(),
                f.proficiencyLevels(),
                f.items(),
                f.roles(),
                f.owner(),
                f.sourceIdentifier(),
                attributes);
    }

    private FrameworkWriter csvWriter() {
        return writers.stream()
                .filter(w -> w.format().equals("csv"))
                .findFirst()
                .orElseThrow();
    }

    /** The text of every cell of every sheet, row by row: what a person sees of a workbook. */
    private static java.util.List<java.util.List<String>> cells(byte[] xlsx) throws Exception {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var sheet : workbook) {
                for (var row : sheet) {
                    java.util.List<String> values = new java.util.ArrayList<>();
                    row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    /** The reference framework under a slug of its own, so that the test may take it out of the database. */
    private String copyOfReference(String token) throws Exception {
        String slug = "roundtrip-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] reference =
                getClass().getResourceAsStream("/frameworks/skills4cities.json").readAllBytes();
        assertThat(importFile(token, reference, "json", "id=" + slug)).hasStatus(201);
        return slug;
    }

    private byte[] export(String slug, String format, String lang) {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/frameworks/" + slug + "/export?format=" + format + "&lang=" + lang)
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private MvcTestResult importFile(String token, byte[] content, String format, String query) {
        return mvc.post()
                .uri("/api/v1/frameworks/import?format=" + format + "&" + query)
                .header("Authorization", "Bearer " + token)
                .contentType("application/octet-stream")
                .content(content)
                .exchange();
    }

    /** Takes every version of the framework out of the database, as if it had never been there. */
    private void forget(String slug) {
        for (var id : jdbc.sql("SELECT id FROM framework WHERE slug = ?")
                .param(slug)
                .query(UUID.class)
                .list()) {
            for (String table : new String[] {
                "framework_change",
                "framework_text",
                "framework_attribute",
                "role_requirement",
                "role_profile",
                "external_reference",
                "item_source",
                "level_descriptor"
            }) {
                jdbc.sql("DELETE FROM " + table + " WHERE framework_id = ?")
                        .param(id)
                        .update();
            }
            while (jdbc.sql("""
                            DELETE FROM framework_item WHERE framework_id = :id AND id NOT IN (
                                SELECT parent_id FROM framework_item WHERE framework_id = :id AND parent_id IS NOT NULL)
                            """).param("id", id).update() > 0) {
                // leaves first
            }
            jdbc.sql("DELETE FROM proficiency_level WHERE framework_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM framework WHERE id = ?").param(id).update();
        }
        events.publishEvent(new FrameworkImported(slug, ""));
        assertThat(catalogue.versions(slug)).isEmpty();
    }

    /**
     * A CASE package as text, in its order, without the times it carries ({@code lastChangeDateTime}): those say when
     * each copy was stored, which a round trip changes by its nature.
     */
    private static String content(byte[] casePackage) {
        JsonNode tree = CaseFiles.JSON.readTree(casePackage);
        withoutTimes(tree);
        return tree.toString();
    }

    private static void withoutTimes(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("lastChangeDateTime");
        }
        node.forEach(RoundTripIntegrationTests::withoutTimes);
    }

    private static int depth(java.util.List<FrameworkItem> items) {
        return items.stream().mapToInt(i -> 1 + depth(i.children())).max().orElse(0);
    }

    private String adminToken() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        return tokens.create(admin.id(), "test").secret();
    }

    private static JsonNode json(MvcTestResult result) throws Exception {
        return CaseFiles.JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
