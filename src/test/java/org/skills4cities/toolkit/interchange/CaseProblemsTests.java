package org.skills4cities.toolkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.skills4cities.toolkit.interchange.CaseFiles.bytes;
import static org.skills4cities.toolkit.interchange.CaseFiles.export;
import static org.skills4cities.toolkit.interchange.CaseFiles.read;
import static org.skills4cities.toolkit.interchange.CaseFiles.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.databind.JsonNode;

/** What a CASE package can get wrong: refused when no framework can come of it, else read past with a warning. */
class CaseProblemsTests {

    private static final String DOCUMENT = """
            "CFDocument": {"identifier": "9b1c0b5e-1f7a-4c1e-8f00-6a1e2d3c4b5a", "title": "Test"}""";

    @Test
    void refusesAFileThatIsNotJsonNamingLineAndColumn() {
        List<ImportProblem> problems = rejected("{\"CFDocument\": {\"title\": \"x\"},\n  \"CFItems\": [}");

        assertThat(problems)
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("line 2, column 15", "invalidJson"));
    }

    @Test
    void refusesJsonWithoutACfDocument() {
        assertThat(rejected("{\"CFItems\": []}"))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("/CFDocument", "caseNoDocument"));
        assertThat(rejected("[1, 2]")).extracting(ImportProblem::code).containsExactly("notObject");
    }

    @Test
    void refusesADocumentWithoutTitle() {
        assertThat(rejected("{\"CFDocument\": {\"identifier\": \"x\", \"title\": \" \"}}"))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("/CFDocument/title", "caseNoTitle"));
    }

    @Test
    void refusesIsChildOfAssociationsThatGoRoundInACycle() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a"), item("b"), item("c")],
                "CFAssociations": [child("a", "b"), child("b", "c"), child("c", "a")]}
                """;

        List<ImportProblem> problems = rejected(expand(pack));

        assertThat(problems).extracting(ImportProblem::code).containsExactly("caseCycle");
        assertThat(problems.getFirst().location()).startsWith("/CFAssociations/");
    }

    @Test
    void refusesATreeDeeperThanAnyRealFrameworkBeforeWalkingIt() {
        int depth = 10_000;
        StringBuilder items = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            items.append(i == 0 ? "" : ", ").append("item(\"n").append(i).append("\")");
            links.append(i == 0 ? "" : ", ")
                    .append("child(\"n")
                    .append(i)
                    .append("\", \"")
                    .append(i == 0 ? "DOC" : "n" + (i - 1))
                    .append("\")");
        }
        String pack = "{" + DOCUMENT + ", \"CFItems\": [" + items + "], \"CFAssociations\": [" + links + "]}";

        assertThat(rejected(expand(pack))).extracting(ImportProblem::code).containsExactly("caseTooDeep");
    }

    @Test
    void keepsTheFirstOfTwoEqualCodesAndGivesTheCodeBackInTheExport() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a", "K.1"), item("b", "K.1"), item("c")],
                "CFAssociations": [child("a", "DOC"), child("b", "DOC"), child("c", "DOC")]}
                """;

        FrameworkReading reading = read(bytes(expand(pack)));
        Framework framework = reading.framework();
        JsonNode exported = tree(export(framework, Language.EN)).path("CFItems");

        assertThat(framework.items()).extracting(FrameworkItem::code).containsExactly("K.1", "K.1-2", "3");
        assertThat(framework.items().get(1).attributes()).containsEntry("humanCodingScheme", "K.1");
        assertThat(reading.warnings())
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        tuple("/CFItems/1/humanCodingScheme", "caseDuplicateCode"), tuple("/CFItems/2", "caseNoCode"));
        assertThat(exported.get(1).path("humanCodingScheme").asString()).isEqualTo("K.1");
        CaseReaderTests.assertRoundTrip(framework);
    }

    @Test
    void putsItemsThatNoChainLinksToTheDocumentAtTheTopLevel() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a"), item("b"), item("c"), item("a")],
                "CFAssociations": [child("b", "a"), child("c", "nowhere"), child("a", "DOC"), child("a", "b"),
                                   {"associationType": "isChildOf", "originNodeURI": {"title": "no id"}}]}
                """;

        FrameworkReading reading = read(bytes(expand(pack)));

        assertThat(reading.framework().items())
                .extracting(i -> i.title().english())
                .containsExactly("a", "c");
        assertThat(reading.framework().items().getFirst().children())
                .extracting(FrameworkItem::code)
                .containsExactly("1.1");
        assertThat(reading.warnings())
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        tuple("/CFAssociations/1/destinationNodeURI", "caseUnknownNode"),
                        tuple("/CFAssociations/3", "caseSecondParent"),
                        tuple("/CFAssociations/4", "caseAssociationIncomplete"),
                        tuple("/CFItems/2", "caseUnreachable"),
                        tuple("/CFItems/3/identifier", "caseDuplicateIdentifier"));
    }

    @Test
    void ordersChildrenBySequenceNumberBeforeTheirPlaceInCfItems() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a"), item("b"), item("c")],
                "CFAssociations": [child("a", "DOC", 3), child("b", "DOC"), child("c", "DOC", 1)]}
                """;

        Framework framework = read(bytes(expand(pack))).framework();

        assertThat(framework.items()).extracting(i -> i.title().english()).containsExactly("c", "a", "b");
    }

    @Test
    void makesLevelDescriptorsAndAScaleOfTheRubricsOfAForeignPackage() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a")], "CFAssociations": [child("a", "DOC", 1)],
                "CFRubrics": [{"identifier": "r", "CFRubricCriteria": [{"CFItemURI": {"identifier": "a"},
                  "CFRubricCriterionLevels": [
                    {"position": 1, "quality": "Novice", "description": "Knows it."},
                    {"score": 2.0, "quality": "Expert", "description": "Teaches it."},
                    {"position": 0, "score": 0.5, "description": "Has heard of it."}]}]},
                  {"CFRubricCriteria": [{"CFItemURI": {"identifier": "nothing"}}]}]}
                """;

        FrameworkReading reading = read(bytes(expand(pack)));
        Framework framework = reading.framework();

        assertThat(framework.items().getFirst().levels())
                .extracting(l -> l.level(), l -> l.description().english())
                .containsExactly(tuple(1, "Knows it."), tuple(2, "Teaches it."), tuple(3, "Has heard of it."));
        assertThat(framework.proficiencyLevels())
                .extracting(l -> l.level(), l -> l.title().english())
                .containsExactly(tuple(1, "Novice"), tuple(2, "Expert"), tuple(3, "3"));
        assertThat(reading.warnings())
                .extracting(ImportProblem::location, ImportProblem::code)
                .contains(
                        tuple("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/2", "caseLevelNumber"),
                        tuple("/CFRubrics/1/CFRubricCriteria/0/CFItemURI", "caseUnknownNode"));
        CaseReaderTests.assertRoundTrip(framework);
    }

    @Test
    void keepsAssociationsToOutsideNodesAsExternalReferencesOfTheirType() {
        String pack = "{" + DOCUMENT + """
                , "CFItems": [item("a")], "CFAssociations": [child("a", "DOC", 1),
                  {"associationType": "exactMatchOf", "originNodeURI": {"identifier": "a"},
                   "destinationNodeURI": {"title": "Outside", "identifier": "o-1", "uri": "https://example.org/o/1"}},
                  {"associationType": "isRelatedTo", "originNodeURI": {"identifier": "a"},
                   "destinationNodeURI": {"title": "Loose", "identifier": "L 2"}}]}
                """;

        Framework framework = read(bytes(expand(pack))).framework();
        JsonNode associations = tree(export(framework, Language.EN)).path("CFAssociations");

        assertThat(framework.items().getFirst().references())
                .containsExactly(
                        new ExternalReference("exactMatchOf", null, "https://example.org/o/1", english("Outside")),
                        new ExternalReference("isRelatedTo", "L 2", null, english("Loose")));
        assertThat(associations.get(1).path("associationType").asString()).isEqualTo("exactMatchOf");
        assertThat(associations.get(2).path("destinationNodeURI").path("uri").asString())
                .isEqualTo("urn:isrelatedto:L+2");
        CaseReaderTests.assertRoundTrip(framework);
    }

    @Test
    void hasAMessageForEveryProblemItReports() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> codes = List.of(
                "caseNoDocument",
                "caseNoTitle",
                "caseCycle",
                "caseTooDeep",
                "caseNull",
                "caseOldFieldName",
                "caseUnknownField",
                "caseIgnoredField",
                "caseNotText",
                "caseNotList",
                "caseNotObject",
                "caseNotNumber",
                "caseElementNotObject",
                "caseNoIdentifier",
                "caseDocumentNoIdentifier",
                "caseIdentifierNotUuid",
                "caseDuplicateIdentifier",
                "caseNoStatement",
                "caseNoCode",
                "caseCodeTooLong",
                "caseDuplicateCode",
                "caseLanguage",
                "caseExtensionUnreadable",
                "caseAssociationIncomplete",
                "caseUnknownNode",
                "caseAssociationIgnored",
                "caseSecondParent",
                "caseNoSequence",
                "caseUnreachable",
                "caseLevelNumber",
                "invalidJson",
                "notObject",
                "tooLong",
                "duplicateLevel");

        assertThat(codes).allSatisfy(code -> assertThat(english).containsKey("import.problem." + code));
    }

    private static List<ImportProblem> rejected(String content) {
        return catchThrowableOfType(FrameworkRejected.class, () -> read(bytes(content)))
                .problems();
    }

    private static org.skills4cities.toolkit.framework.LocalizedText english(String text) {
        return org.skills4cities.toolkit.framework.LocalizedText.english(text);
    }

    /** Writes out the shorthands item("id"), item("id", "code"), child("child", "parent"[, sequence]). */
    private static String expand(String pack) {
        return pack.replaceAll(
                        "item\\(\"([^\"]+)\", \"([^\"]+)\"\\)",
                        "{\"identifier\": \"$1\", \"fullStatement\": \"$1\", \"humanCodingScheme\": \"$2\"}")
                .replaceAll("item\\(\"([^\"]+)\"\\)", "{\"identifier\": \"$1\", \"fullStatement\": \"$1\"}")
                .replaceAll(
                        "child\\(\"([^\"]+)\", \"([^\"]+)\", (\\d+)\\)",
                        "{\"associationType\": \"isChildOf\", \"originNodeURI\": {\"identifier\": \"$1\"},"
                                + " \"destinationNodeURI\": {\"identifier\": \"$2\"}, \"sequenceNumber\": $3}")
                .replaceAll(
                        "child\\(\"([^\"]+)\", \"([^\"]+)\"\\)",
                        "{\"associationType\": \"isChildOf\", \"originNodeURI\": {\"identifier\": \"$1\"},"
                                + " \"destinationNodeURI\": {\"identifier\": \"$2\"}}")
                .replace("\"DOC\"", "\"9b1c0b5e-1f7a-4c1e-8f00-6a1e2d3c4b5a\"");
    }
}
