package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Texts in and out of XLSX cells: what a cell must hold so that a text comes back unchanged, and the first sheet of a
 * workbook as rows of text, a number as it is displayed.
 */
final class XlsxCells {

    private XlsxCells() {}

    /**
     * The first sheet of a workbook, nothing when it has none.
     *
     * @throws IOException or a runtime exception of POI when the file is not a workbook
     */
    static Optional<FirstSheet> firstSheet(byte[] content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Optional.empty();
            }
            Sheet sheet = workbook.getSheetAt(0);
            return Optional.of(new FirstSheet(sheet.getSheetName(), rows(sheet)));
        }
    }

    private static List<SheetRow> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            Set<Integer> numeric = new HashSet<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    numeric.add(c);
                }
                cells.add(text(cell, formatter));
            }
            rows.add(new SheetRow(row.getRowNum() + 1, cells, numeric));
        }
        return rows;
    }

    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> formatter.formatCellValue(cell);
        };
    }

    /** A sheet's name and its rows. */
    record FirstSheet(String name, List<SheetRow> rows) {}
}
