package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.framework.importing.ReferenceFrameworkFile;
import org.skills4cities.toolkit.interchange.FrameworkWriter;
import org.skills4cities.toolkit.language.Language;

class SpreadsheetRoundTripTests {

    private final CsvFrameworks csv = new CsvFrameworks(SheetFixtures.messages());
    private final XlsxFrameworks xlsx = new XlsxFrameworks(SheetFixtures.messages(), XlsxLimits.DEFAULTS);

    @ParameterizedTest
    @EnumSource(Language.class)
    void givesBackTheReferenceFrameworkFromCsvWithHeadersInEveryLanguage(Language language) {
        Framework reference = ReferenceFrameworkFile.framework();

        FrameworkReading reading = roundTrip(csv, reference, language);

        assertThat(reading.framework()).isEqualTo(reference);
        assertThat(reading.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"EN", "EL"})
    void givesBackTheReferenceFrameworkFromXlsx(Language language) {
        Framework reference = ReferenceFrameworkFile.framework();

        FrameworkReading reading = roundTrip(xlsx, reference, language);

        assertThat(reading.framework()).isEqualTo(reference);
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void givesBackAwkwardCodesTextsAndFormulaLikeValuesFromCsvAndXlsx() {
        Framework awkward = SheetFixtures.awkward();

        Framework fromCsv = roundTrip(csv, awkward, Language.BG).framework();
        Framework fromXlsx = roundTrip(xlsx, awkward, Language.RO).framework();

        assertThat(fromCsv).isEqualTo(awkward);
        assertThat(fromXlsx).isEqualTo(awkward);
        assertThat(fromXlsx.allItems().map(i -> i.code())).containsExactly("01.05", "1.10", "007", "1e3", "TRUE");
    }

    @Test
    void writesCsvInUtf8WithAByteOrderMarkAndNeutralisedFormulas() {
        byte[] file = csv.write(SheetFixtures.awkward(), Language.EN);
        String text = new String(file, StandardCharsets.UTF_8);

        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.substring(1))
                .startsWith("record,identifier,code,parent,type,field,value,en,bg,ro,de,es,el,fr\r\n")
                .contains(",'=SUM(A1),", ",'-5 %,", ",'@home,", ",''quoted,", "'=1+1", "Κείμενο τελικός Ten ς")
                .contains("item,00000000-0000-0000-0000-000000000110,1.10,01.05,competence,title,,Ten ς,")
                .doesNotContain(",=SUM(A1),", ",-5 %,");
    }

    @Test
    void writesXlsxWithEveryCellAsTextAndTheHeaderBoldAndFrozen() throws IOException {
        byte[] file = xlsx.write(SheetFixtures.awkward(), Language.DE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kompetenzrahmen");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Datensatz");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                }
            }
            assertThat(codes(sheet)).contains("01.05", "1.10", "007", "1e3", "TRUE");
            assertThat(sheet.getColumnWidth(7)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    private static <F extends FrameworkReader & FrameworkWriter> FrameworkReading roundTrip(
            F format, Framework framework, Language headerLanguage) {
        return format.read(format.write(framework, headerLanguage), ReadOptions.NONE);
    }

    private static List<String> codes(XSSFSheet sheet) {
        List<String> codes = new ArrayList<>();
        for (Row row : sheet) {
            Cell code = row.getCell(2);
            if (code != null) {
                codes.add(code.getStringCellValue());
            }
        }
        return codes;
    }
}
