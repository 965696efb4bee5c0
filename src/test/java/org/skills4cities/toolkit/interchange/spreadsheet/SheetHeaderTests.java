package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.interchange.spreadsheet.SheetHeader.Columns;
import org.skills4cities.toolkit.language.Language;

class SheetHeaderTests {

    private final SheetHeader header = new SheetHeader(SheetFixtures.messages());

    @ParameterizedTest
    @EnumSource(Language.class)
    void readsBackTheHeaderRowItWritesInEachLanguage(Language language) {
        List<String> row = header.row(language, List.of("en", "el", "pt-BR"));
        SheetProblems problems = new SheetProblems();

        Columns columns = header.read(new SheetRow(1, row), CellLocator.CSV, problems);

        assertThat(problems.any()).isFalse();
        assertThat(columns.complete()).isTrue();
        assertThat(columns.fixed()).containsEntry(SheetColumn.RECORD, 0).containsEntry(SheetColumn.VALUE, 6);
        assertThat(columns.languageOrder()).containsExactly("en", "el", "pt-BR");
    }

    @Test
    void namesTheColumnsInTheLanguageAskedFor() {
        assertThat(header.row(Language.EL, List.of("el")))
                .containsExactly("εγγραφή", "αναγνωριστικό", "κωδικός", "γονικό", "τύπος", "πεδίο", "τιμή", "el");
        assertThat(header.row(Language.BG, List.of()))
                .containsExactly("запис", "идентификатор", "код", "родител", "тип", "поле", "стойност");
    }

    @Test
    void comparesNamesWithoutCaseAccentsSpacesOrFinalSigma() {
        assertThat(SheetHeader.normalised(" ΚΩΔΙΚΌΣ ")).isEqualTo(SheetHeader.normalised("κωδικοσ"));
        assertThat(SheetHeader.normalised("Código")).isEqualTo("codigo");
        assertThat(SheetHeader.normalised("Übergeordnet")).isEqualTo("ubergeordnet");
        assertThat(SheetHeader.normalised("ÎNREGISTRARE")).isEqualTo("inregistrare");
    }

    @Test
    void takesIsoLanguageCodesAsLanguageColumnsAndNothingElse() {
        assertThat(SheetHeader.language(" EL ")).contains("el");
        assertThat(SheetHeader.language("pt-br")).contains("pt-BR");
        assertThat(SheetHeader.language("xx")).isEmpty();
        assertThat(SheetHeader.language("colour")).isEmpty();
    }

    @Test
    void reportsUnknownAndRepeatedColumnsWhereTheyAre() {
        SheetProblems problems = new SheetProblems();

        header.read(
                new SheetRow(1, List.of("record", "code", "parent", "type", "field", "value", "Code", "zz")),
                CellLocator.sheet("S"),
                problems);

        assertThat(problems.errors())
                .extracting(p -> p.location() + " " + p.code())
                .containsExactly("sheet S, row 1, column G duplicateColumn", "sheet S, row 1, column H unknownHeader");
    }
}
