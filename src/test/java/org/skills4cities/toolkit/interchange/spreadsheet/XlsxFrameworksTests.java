package org.skills4cities.toolkit.interchange.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import org.springframework.util.unit.DataSize;

class XlsxFrameworksTests {

    private static final int MB = 1024 * 1024;

    private final XlsxFrameworks xlsx = new XlsxFrameworks(SheetFixtures.messages(), XlsxLimits.DEFAULTS);

    @Test
    void refusesAZipBombQuicklyByCountingWhatItInflatesTo() throws IOException {
        byte[] bomb = zip(1, 300 * MB);

        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = thread.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        List<ImportProblem> problems = SheetFixtures.problems(() -> xlsx.read(bomb, ReadOptions.NONE));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = thread.getCurrentThreadAllocatedBytes() - allocatedBefore;

        assertThat(bomb.length).isLessThan(MB);
        assertThat(problems)
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("file", "entryTooLarge"));
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(allocated).isLessThan(16L * MB);
    }

    @Test
    void refusesAWorkbookThatInflatesToMoreThanTheTotalLimit() throws IOException {
        var limits = new XlsxLimits(DataSize.ofMegabytes(20), 1000, DataSize.ofMegabytes(100), DataSize.ofMegabytes(1));

        var reader = new XlsxFrameworks(SheetFixtures.messages(), limits);

        assertThat(SheetFixtures.problems(() -> reader.read(zip(3, MB / 2), ReadOptions.NONE)))
                .extracting(ImportProblem::code)
                .containsExactly("inflatedTooLarge");
    }

    @Test
    void refusesAWorkbookWithTooManyEntries() throws IOException {
        assertThat(SheetFixtures.problems(() -> xlsx.read(zip(1001, 10), ReadOptions.NONE)))
                .extracting(ImportProblem::code, p -> p.arguments().getFirst())
                .containsExactly(tuple("tooManyEntries", 1000));
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeLookingIntoIt() {
        var limits =
                new XlsxLimits(DataSize.ofKilobytes(1), 1000, DataSize.ofMegabytes(100), DataSize.ofMegabytes(200));
        byte[] file = xlsx.write(SheetFixtures.awkward(), Language.EN);

        var reader = new XlsxFrameworks(SheetFixtures.messages(), limits);

        assertThat(SheetFixtures.problems(() -> reader.read(file, ReadOptions.NONE)))
                .extracting(ImportProblem::code)
                .containsExactly("fileTooLarge");
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws IOException {
        byte[] text = "record,code\n".getBytes(StandardCharsets.UTF_8);
        byte[] zipOfGarbage = zip(1, 100);

        assertThat(SheetFixtures.problems(() -> xlsx.read(text, ReadOptions.NONE)))
                .extracting(ImportProblem::code)
                .containsExactly("notXlsx");
        assertThat(SheetFixtures.problems(() -> xlsx.read(zipOfGarbage, ReadOptions.NONE)))
                .extracting(ImportProblem::code)
                .containsExactly("notXlsx");
    }

    @Test
    void refusesAWorkbookWithoutSheets() throws IOException {
        byte[] empty;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            empty = bytes(workbook);
        }

        assertThat(SheetFixtures.problems(() -> xlsx.read(empty, ReadOptions.NONE)))
                .extracting(ImportProblem::code)
                .containsExactly("noSheet");
    }

    @Test
    void readsCodesTypedAsNumbersThroughTheirDisplayedFormWithAWarning() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle twoDigits = workbook.createCellStyle();
            twoDigits.setDataFormat(workbook.createDataFormat().getFormat("00.00"));
            Sheet sheet = workbook.createSheet("Numbers");
            row(sheet, 0, "record", "code", "parent", "type", "field", "value", "en");
            row(sheet, 1, "framework", "", "", "", "slug", "numbers", "");
            row(sheet, 2, "framework", "", "", "", "version", "1", "");
            row(sheet, 3, "framework", "", "", "", "title", "", "Numbers");
            row(sheet, 4, "level", "", "", "", "eqf", "", "");
            sheet.getRow(4).getCell(1).setCellValue(1);
            sheet.getRow(4).getCell(5).setCellValue(4);
            row(sheet, 5, "level", "1", "", "", "title", "", "One");
            row(sheet, 6, "item", "", "", "competence-area", "title", "", "Area");
            sheet.getRow(6).getCell(1).setCellValue(1.1);
            row(sheet, 7, "item", "", "", "competence", "title", "", "Thing");
            sheet.getRow(7).getCell(1).setCellValue(1.05);
            sheet.getRow(7).getCell(1).setCellStyle(twoDigits);
            sheet.getRow(7).getCell(2).setCellValue(1.1);
            file = bytes(workbook);
        }

        FrameworkReading reading = xlsx.read(file, ReadOptions.NONE);

        assertThat(reading.framework().allItems().map(FrameworkItem::code)).containsExactly("1.1", "01.05");
        assertThat(reading.warnings())
                .extracting(
                        ImportProblem::location,
                        ImportProblem::code,
                        p -> p.arguments().getFirst())
                .containsExactly(
                        tuple("sheet Numbers, row 7, column B", "numericCell", "1.1"),
                        tuple("sheet Numbers, row 8, column B", "numericCell", "01.05"),
                        tuple("sheet Numbers, row 8, column C", "numericCell", "1.1"));
    }

    @Test
    void namesTheSheetRowAndColumnOfAProblem() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Mine");
            row(sheet, 0, "record", "code", "parent", "type", "field", "value", "en");
            row(sheet, 1, "framework", "", "", "", "slug", "mine", "");
            row(sheet, 2, "framework", "", "", "", "version", "1", "");
            row(sheet, 3, "framework", "", "", "", "title", "", "Mine");
            row(sheet, 5, "item", "A", "", "area", "colour", "", "red");
            file = bytes(workbook);
        }

        assertThat(SheetFixtures.problems(() -> xlsx.read(file, ReadOptions.NONE)))
                .extracting(ImportProblem::location, ImportProblem::code)
                .containsExactly(tuple("sheet Mine, row 6, column E", "unknownField"));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** A zip file with the parts of a workbook's name but not its content: entries of zeros. */
    private static byte[] zip(int entries, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[Math.min(bytesEach, MB)];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry(e == 0 ? "[Content_Types].xml" : "xl/part" + e + ".xml"));
                for (int written = 0; written < bytesEach; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, bytesEach - written));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
