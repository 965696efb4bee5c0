package org.skills4cities.toolkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skills4cities.toolkit.interchange.CaseFiles.bytes;
import static org.skills4cities.toolkit.interchange.CaseFiles.export;
import static org.skills4cities.toolkit.interchange.CaseFiles.opensalt;
import static org.skills4cities.toolkit.interchange.CaseFiles.read;
import static org.skills4cities.toolkit.interchange.CaseFiles.tree;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.importing.FrameworkChecks;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/** OpenSALT's CASE 1.0 test packages read into frameworks, exported as CASE 1.1 and read back unchanged. */
class CaseReaderTests {

    @Test
    void rebuildsTheTreeFromIsChildOfAloneAndNumbersItAsOpenSaltDoes() {
        FrameworkReading reading = read(opensalt("SmartLevelFramework.json"));
        Framework framework = reading.framework();

        assertThat(framework.items()).extracting(FrameworkItem::code).containsExactly("1", "2");
        assertThat(framework.item("1").orElseThrow().children()).hasSize(10);
        assertThat(framework.allItems())
                .hasSize(14)
                .allSatisfy(item -> assertThat(item.title().english()).isEqualTo("Item " + item.code()));
        assertThat(framework.item("1.10").orElseThrow().identifier()).isEqualTo("00000000-0000-0000-0000-000000000012");
        assertThat(codes(reading.warnings()))
                .contains("caseNoCode", "caseNoSequence", "caseIdentifierNotUuid")
                .doesNotContain("caseUnreachable", "caseUnknownNode");
        assertRoundTrip(framework);
    }

    @Test
    void givesPlaceholderIdentifiersUuidsTheCaseSchemaAcceptsAndKeepsThemAsGiven() {
        Framework framework = read(opensalt("SmartLevelFramework.json")).framework();
        FrameworkItem item = framework.item("1.1").orElseThrow();

        assertThat(item.sourceIdentifier()).isEqualTo("00000000-0000-0000-0000-000000000003");
        assertThat(item.id()).isEqualTo(CaseIdentifiers.nameBased("00000000-0000-0000-0000-000000000003"));
        assertThat(framework.sourceIdentifier()).isEqualTo("d0000000-0000-0000-0000-000000000000");
        assertThat(CaseSchema.errors(tree(export(framework, Language.EN)))).isEmpty();
    }

    @Test
    void keepsACharacterOutsideTheBasicPlaneThroughImportAndExport() {
        Framework framework = read(opensalt("Utf8TestFramework.json")).framework();
        byte[] exported = export(framework, Language.EN);

        assertThat(framework.title().english()).isEqualTo("UTF8 \uD835\uDC51 Test");
        assertThat(framework.slug()).isEqualTo("utf8-test");
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("\"Item \uD835\uDC51 1\"");
        assertThat(exported).containsSequence((byte) 0xF0, (byte) 0x9D, (byte) 0x91, (byte) 0x91);
        assertRoundTrip(framework);
    }

    @Test
    void importsAnEmptyFrameworkAndExportsEmptyLists() {
        FrameworkReading reading = read(opensalt("EmptyExternalFramework.json"));
        JsonNode pack = tree(export(reading.framework(), Language.EN));

        assertThat(reading.framework().items()).isEmpty();
        assertThat(reading.framework().attributes()).containsEntry("creator", "OpenSALT Testing");
        for (String list : List.of("CFItems", "CFAssociations", "CFRubrics")) {
            assertThat(pack.path(list).isArray()).as(list).isTrue();
            assertThat(pack.path(list).isEmpty()).as(list).isTrue();
        }
        pack.path("CFDefinitions").forEach(list -> assertThat(list.isEmpty()).isTrue());
        assertThat(pack.path("CFDocument").path("creator").asString()).isEqualTo("OpenSALT Testing");
        assertThat(CaseSchema.errors(pack)).isEmpty();
        assertRoundTrip(reading.framework());
    }

    @Test
    void keepsTheItemTypeAndLinksItToItsDefinitionInTheExport() {
        Framework framework = read(opensalt("ItemTypeTestFramework.json")).framework();
        JsonNode pack = tree(export(framework, Language.EN));
        JsonNode definition = pack.path("CFDefinitions").path("CFItemTypes").get(0);
        JsonNode item = pack.path("CFItems").get(0);

        assertThat(framework.items().getFirst().type()).isEqualTo("Standard");
        assertThat(framework.items().getFirst().attributes()).containsKey("CFItemTypeURI");
        assertThat(definition.path("title").asString()).isEqualTo("Standard");
        assertThat(definition.path("typeCode").asString()).isEqualTo("Standard");
        assertThat(item.path("CFItemType").asString()).isEqualTo("Standard");
        assertThat(item.path("CFItemTypeURI").path("identifier")).isEqualTo(definition.path("identifier"));
        assertThat(CaseSchema.errors(pack)).isEmpty();
        assertRoundTrip(framework);
    }

    @Test
    void staysADraftAndKeepsTheAdoptionStatusOfThePackageAsAnAttribute() {
        Framework framework = read(opensalt("AdoptedTestFramework.json")).framework();

        assertThat(framework.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(framework.attributes()).containsEntry("adoptionStatus", "Adopted");
        assertThat(framework.version()).isEqualTo("1");
        assertRoundTrip(framework);
    }

    @Test
    void readsAPackageThatStartsWithAByteOrderMark() {
        byte[] content = opensalt("AdoptedTestFramework.json");
        byte[] marked = new byte[content.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(content, 0, marked, 3, content.length);

        assertThat(read(marked).framework()).isEqualTo(read(content).framework());
    }

    @Test
    void takesSlugAndVersionFromTheOptionsFirst() {
        Framework framework = CaseFiles.READER
                .read(opensalt("AdoptedTestFramework.json"), new ReadOptions("adopted", "2.0"))
                .framework();

        assertThat(framework.slug()).isEqualTo("adopted");
        assertThat(framework.version()).isEqualTo("2.0");
    }

    @Test
    void derivesASlugOfLowerCaseAsciiFromTheTitle() {
        UUID id = UUID.fromString("4b4be23d-b9db-581c-8f87-3498397b43b7");

        assertThat(CaseDocumentReading.slug("Número — Ångström: Test 2!", id)).isEqualTo("numero-angstrom-test-2");
        assertThat(CaseDocumentReading.slug("Έξυπνη πόλη", id)).isEqualTo("case-4b4be23d");
        assertThat(CaseDocumentReading.slug("a".repeat(79) + " b", id)).isEqualTo("a".repeat(79));
    }

    @Test
    void readsTheUnknownFieldsOldNamesAndNullsOfAnItemAsAttributesWithWarnings() {
        String pack = """
                {"CFDocument": {"identifier": "c5b0c5b4-6f4b-4f3b-9d0e-0b8f8e5b1a01", "title": "Odd",
                  "language": "es-ES", "subject": "Math", "subjectURI": "Math", "publisher": null},
                 "CFItems": [{"identifier": "5A41156D-7137-11E6-92A8-0242AC130002", "fullStatement": 42,
                   "humanCodingScheme": "X", "educationalLevel": "KG", "conceptKeywords": ["a", "b"],
                   "listEnumeration": "1.", "notes": null, "extra": {"k": [1, 2]}}],
                 "CFAssociations": [{"identifier": "a1b0c5b4-6f4b-4f3b-9d0e-0b8f8e5b1a01",
                   "associationType": "isChildOf",
                   "originNodeURI": {"identifier": "5A41156D-7137-11E6-92A8-0242AC130002"},
                   "destinationNodeURI": {"identifier": "c5b0c5b4-6f4b-4f3b-9d0e-0b8f8e5b1a01"}, "sequenceNumber": 1}]}
                """;

        FrameworkReading reading = read(bytes(pack));
        FrameworkItem item = reading.framework().items().getFirst();

        assertThat(reading.framework().languages()).containsExactly("es");
        assertThat(reading.framework().attributes())
                .containsEntry("language", "es-ES")
                .containsEntry("subject", "Math");
        assertThat(item.title().values()).containsEntry("es", "42");
        assertThat(item.sourceIdentifier()).isEqualTo("5A41156D-7137-11E6-92A8-0242AC130002");
        assertThat(item.attributes())
                .containsEntry("educationalLevel", "KG")
                .containsEntry("conceptKeywords", "[\"a\",\"b\"]")
                .containsEntry("listEnumeration", "1.")
                .containsEntry("extra", "{\"k\":[1,2]}")
                .doesNotContainKey("notes");
        assertThat(reading.warnings())
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        tuple("/CFDocument/subjectURI", "caseNotList"),
                        tuple("/CFDocument/publisher", "caseNull"),
                        tuple("/CFItems/0/identifier", "caseIdentifierNotUuid"),
                        tuple("/CFItems/0/fullStatement", "caseNotText"),
                        tuple("/CFItems/0/educationalLevel", "caseOldFieldName"),
                        tuple("/CFItems/0/notes", "caseNull"),
                        tuple("/CFItems/0/extra", "caseUnknownField"));

        JsonNode exported =
                tree(export(reading.framework(), Language.ES)).path("CFItems").get(0);
        assertThat(exported.path("educationLevel").toString()).isEqualTo("[\"KG\"]");
        assertThat(exported.path("conceptKeywords").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(exported.path("listEnumeration").asString()).isEqualTo("1.");
        assertRoundTrip(reading.framework());
    }

    static List<String> codes(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::code).distinct().toList();
    }

    /** Export, read back, export again: the same framework and the same bytes, valid against the CASE 1.1 schema. */
    static Framework assertRoundTrip(Framework framework) {
        byte[] first = export(framework, Language.EN);
        FrameworkReading again = read(first);
        byte[] second = export(again.framework(), Language.EN);

        assertThat(FrameworkChecks.problems(framework))
                .as("problems the import would refuse")
                .isEmpty();
        assertThat(CaseSchema.errors(tree(first))).as("CASE 1.1 schema errors").isEmpty();
        assertThat(again.framework()).isEqualTo(framework);
        assertThat(again.warnings()).isEmpty();
        assertThat(second).isEqualTo(first);
        return again.framework();
    }
}
