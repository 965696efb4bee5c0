package org.skills4cities.toolkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skills4cities.toolkit.interchange.CaseFiles.corpus;
import static org.skills4cities.toolkit.interchange.CaseFiles.export;
import static org.skills4cities.toolkit.interchange.CaseFiles.read;
import static org.skills4cities.toolkit.interchange.CaseFiles.tree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.ReferenceFrameworkFile;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/**
 * Real packages through import and export: the Common Core mathematics package of the shared corpus, which breaks the
 * CASE schema in thousands of places, and the reference framework's own export in every language.
 */
class CaseRoundTripTests {

    private static final String CCSS = "ccss-math-cfpackage.json";

    @Test
    void importsTheCommonCoreMathematicsPackageWithWarnings() throws Exception {
        FrameworkReading reading = read(corpus(CCSS));
        Framework framework = reading.framework();

        assertThat(framework.allItems()).hasSize(703);
        assertThat(framework.allItems().collect(Collectors.groupingBy(FrameworkItem::type, Collectors.counting())))
                .containsEntry("Domain", 33L)
                .containsEntry("Cluster", 147L)
                .containsEntry("Standard", 393L)
                .containsEntry("Component", 124L);
        assertThat(framework.items().stream()
                        .mapToInt(CaseRoundTripTests::depth)
                        .max())
                .hasValue(5);
        assertThat(framework.identifier()).isEqualTo("http://purl.org/ASN/resources/D10003FB");
        assertThat(framework.slug()).isEqualTo("common-core-state-standards-for-mathematics");
        assertThat(framework.attributes()).containsEntry("subject", "Math").containsKey("CFDefinitions");
        assertThat(CaseReaderTests.codes(reading.warnings()))
                .contains("caseIdentifierNotUuid", "caseOldFieldName", "caseNoSequence", "caseNoCode")
                .doesNotContain("caseUnknownNode", "caseUnreachable", "caseSecondParent", "caseDuplicateCode");
    }

    @Test
    void keepsTheTreeAndTheIdentifiersOfTheCommonCorePackageExactly() throws Exception {
        byte[] content = corpus(CCSS);
        JsonNode pack = tree(content);
        Framework framework = read(content).framework();
        Map<String, FrameworkItem> items =
                framework.allItems().collect(Collectors.toMap(FrameworkItem::identifier, Function.identity()));
        Map<String, String> parents = parents(framework);

        for (JsonNode item : pack.path("CFItems")) {
            FrameworkItem read = items.get(item.path("identifier").asString());
            assertThat(read).as(item.path("identifier").asString()).isNotNull();
            assertThat(read.title().english())
                    .isEqualTo(item.path("fullStatement").asString());
            assertThat(read.code()).isEqualTo(item.path("humanCodingScheme").asString(read.code()));
        }
        for (JsonNode association : pack.path("CFAssociations")) {
            assertThat(parents.get(
                            association.path("originNodeURI").path("identifier").asString()))
                    .isEqualTo(association
                            .path("destinationNodeURI")
                            .path("identifier")
                            .asString());
        }
        FrameworkItem counting = items.get("http://purl.org/ASN/resources/S1143409");
        assertThat(counting.attributes()).containsEntry("educationalLevel", "KG");
        assertThat(framework.items().getFirst().title().english()).isEqualTo("Standards for Mathematical Practice");
    }

    @Test
    void exportsTheCommonCorePackageValidAndReadsItBackUnchanged() throws Exception {
        Framework framework = read(corpus(CCSS)).framework();

        Framework again = CaseReaderTests.assertRoundTrip(framework);

        assertThat(again.allItems().map(FrameworkItem::identifier).toList())
                .isEqualTo(framework.allItems().map(FrameworkItem::identifier).toList());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readsTheReferenceFrameworksExportBackIntoTheReference(Language language) {
        Framework reference = ReferenceFrameworkFile.framework();
        byte[] exported = export(reference, language);

        FrameworkReading reading = read(exported);

        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.framework()).isEqualTo(reference);
        assertThat(export(reading.framework(), language)).isEqualTo(exported);
    }

    private static int depth(FrameworkItem item) {
        return 1
                + item.children().stream()
                        .mapToInt(CaseRoundTripTests::depth)
                        .max()
                        .orElse(0);
    }

    /** Each item's parent's identifier, the framework's own for the top level. */
    private static Map<String, String> parents(Framework framework) {
        Map<String, String> parents = new HashMap<>();
        collect(framework.identifier(), framework.items(), parents);
        return parents;
    }

    private static void collect(String parent, List<FrameworkItem> items, Map<String, String> parents) {
        for (FrameworkItem item : items) {
            parents.put(item.identifier(), parent);
            collect(item.identifier(), item.children(), parents);
        }
    }
}
