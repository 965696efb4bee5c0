package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.importing.DerivedIdentifiers;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;

class CsvFrameworksTests {

    private static final String SEMICOLONS = """
            record;code;parent;type;field;value;en;DE
            framework;;;;slug;semi;;
            framework;;;;version;2;;
            framework;;;;languages;en de;;
            framework;;;;title;;Semicolons;Semikolons
            level;1;;;eqf;4;;
            level;1;;;title;;One;Eins
            item;A;;competence-area;title;;Area;"Bereich; mit ""Semikolon""\"
            item;A.1;A;competence;title;;"Two
            lines";
            item;A.1;A;competence;level:1;;Does;Tut

            ;;;;;;;

            """;

    private final CsvFrameworks csv = new CsvFrameworks(SheetFixtures.messages());

    @Test
    void readsSemicolonsWithoutByteOrderMarkAndWithoutIdentifiers() {
        Framework framework = read(SEMICOLONS);

        assertThat(framework.slug()).isEqualTo("semi");
        assertThat(framework.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(framework.languages()).containsExactly("en", "de");
        FrameworkItem area = framework.topLevel("A").orElseThrow();
        assertThat(area.title().values()).containsEntry("de", "Bereich; mit \"Semikolon\"");
        FrameworkItem thing = framework.competence("A.1").orElseThrow();
        assertThat(thing.title().values()).containsOnlyKeys("en").containsEntry("en", "Two\nlines");
        assertThat(thing.id()).isEqualTo(DerivedIdentifiers.item("semi", "A.1"));
        assertThat(thing.level(1).orElseThrow().description().values()).containsEntry("de", "Tut");
    }

    @Test
    void readsCrLfLineEndsAndAByteOrderMark() {
        Framework framework =
                read("\uFEFF" + SEMICOLONS.replace(";;\n", ";;\r\n").replace("en;DE\n", "en;DE\r\n"));

        assertThat(framework.slug()).isEqualTo("semi");
        assertThat(framework.competence("A.1").orElseThrow().title().values()).containsEntry("en", "Two\nlines");
    }

    @Test
    void recognisesHeadersInBulgarianAndGreekWhateverTheirCaseAndAccents() {
        String bulgarian = """
                 Запис ,ИДЕНТИФИКАТОР,Код,родител,ТИП,Поле,стойност,EN,bg
                framework,,,,,slug,bg,,
                framework,,,,,version,1,,
                framework,,,,,title,,Cyrillic,Кирилица
                """;
        String greek = """
                ΕΓΓΡΑΦΗ,Αναγνωριστικό,ΚΩΔΙΚΟΣ,γονικο,Τύπος,πεδιο,ΤΙΜΉ,en,el
                framework,,,,,slug,el,,
                framework,,,,,version,1,,
                framework,,,,,title,,Greek,Ελληνικός
                """;

        assertThat(read(bulgarian).title().values()).containsEntry("bg", "Кирилица");
        assertThat(read(greek).title().values()).containsEntry("el", "Ελληνικός");
    }

    @Test
    void listsEveryProblemOfAMalformedSheetWithItsLineAndColumn() {
        String broken = """
                record,identifier,code,parent,type,field,value,en,colour
                framework,,,,,slug,mini,,
                framework,,,,,version,1,,
                framework,,,,,title,,Mini,
                level,,1,,,eqf,three,,
                level,,1,,,title,,One,
                level,,3,,,eqf,4,,
                level,,3,,,title,,Three,
                item,,A,,competence-area,title,,Area,
                item,,A.1,A,competence,title,,Thing,
                item,,A.1,B,competence,level:4,,x,
                item,,A.2,Z,competence,title,,Orphan,
                item,,A,,competence-area,description,,again,
                widget,,W,,,title,,?,
                item,,A.3,A,competence,colour,,red,
                item,,A.3,A,competence,title,,Third,
                role,,R,,,title,,Role,
                role,,R,,,mission,,Mission,
                role,,R,,,eqf,5,,
                requirement,,R,A.9,,mandatory,2,,
                requirement,,Q,A.1,,optional,x,,
                """;

        assertThat(SheetFixtures.problems(() -> read(broken)))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("line 1, column 9", "unknownHeader"),
                        tuple("line 5, column 7", "notWholeNumber"),
                        tuple("line 5, column 3", "scaleGap"),
                        tuple("line 11, column 4", "rowsDisagree"),
                        tuple("line 11, column 6", "levelNotOnScale"),
                        tuple("line 12, column 4", "unknownParent"),
                        tuple("line 13, column 3", "duplicateCode"),
                        tuple("line 14, column 1", "unknownRecord"),
                        tuple("line 15, column 6", "unknownField"),
                        tuple("line 20, column 4", "unknownCompetence"),
                        tuple("line 20, column 7", "levelNotOnScale"),
                        tuple("line 21, column 3", "unknownRole"),
                        tuple("line 21, column 7", "notWholeNumber"));
    }

    @Test
    void namesTheFirstLineOfItemsWhoseParentsGoRoundInACircle() {
        String circle = """
                record,code,parent,type,field,value,en
                framework,,,,slug,c,
                framework,,,,version,1,
                framework,,,,title,,Circle
                item,A,B,area,title,,A
                item,B,A,area,title,,B
                item,C,,area,title,,C
                """;

        assertThat(SheetFixtures.problems(() -> read(circle)))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("line 5, column 3", "parentCycle"), tuple("line 6, column 3", "parentCycle"));
    }

    @Test
    void refusesASheetWithoutItsRequiredColumnsAtOnce() {
        assertThat(SheetFixtures.problems(() -> read("record,code,field,en\nframework,,slug,x\n")))
                .extracting(
                        ImportProblem::location,
                        ImportProblem::code,
                        p -> p.arguments().getFirst())
                .containsExactly(
                        tuple("line 1", "missingColumn", "parent"),
                        tuple("line 1", "missingColumn", "type"),
                        tuple("line 1", "missingColumn", "value"));
    }

    @Test
    void namesTheLineOfBytesThatAreNotUtf8() {
        byte[] latin1 = "record,code\nframework,x\nitem,Zürich\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SheetFixtures.problems(() -> csv.read(latin1, ReadOptions.NONE)))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("line 3", "invalidUtf8"));
    }

    @Test
    void namesTheLineOfAQuoteLeftOpen() {
        String open = "record,code,parent,type,field,value,en\nframework,,,,slug,x,\nframework,,,,title,,\"open\n";

        assertThat(SheetFixtures.problems(() -> read(open)))
                .extracting(ImportProblem::code)
                .containsExactly("malformedCsv");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(SheetFixtures.problems(() -> read("\n\n")))
                .extracting(ImportProblem::code)
                .containsExactly("emptySheet");
    }

    @Test
    void takesSlugAndVersionFromTheImportOptionsAndDerivesIdentifiersFromThatSlug() {
        Framework framework = csv.read(SEMICOLONS.getBytes(StandardCharsets.UTF_8), new ReadOptions("city-x", "7"))
                .framework();

        assertThat(framework.slug()).isEqualTo("city-x");
        assertThat(framework.version()).isEqualTo("7");
        assertThat(framework.item("A").orElseThrow().id()).isEqualTo(DerivedIdentifiers.item("city-x", "A"));
        assertThat(SheetFixtures.problems(
                        () -> csv.read(SEMICOLONS.getBytes(StandardCharsets.UTF_8), new ReadOptions("No!", null))))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple(FrameworkAssembly.OPTIONS, "invalidSlug"));
    }

    @Test
    void importsTheTemplateOfTheDocumentation() throws IOException {
        byte[] template = Files.readAllBytes(Path.of("docs", "templates", "framework-template.csv"));

        Framework framework = csv.read(template, ReadOptions.NONE).framework();

        assertThat(framework.proficiencyLevels()).hasSize(3);
        assertThat(framework.competences()).isNotEmpty();
        assertThat(framework.roles())
                .singleElement()
                .satisfies(role -> assertThat(role.requirements()).isNotEmpty());
    }

    private Framework read(String csvText) {
        return csv.read(csvText.getBytes(StandardCharsets.UTF_8), ReadOptions.NONE)
                .framework();
    }
}
