package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern ESCAPE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private XlsxCells() {}

    /**
     * A text as an XLSX cell keeps it: POI reads {@code _xHHHH_} in a cell as the character HHHH, so a text that holds
     * such a sequence gets its underscore escaped ({@code _x005F_}), and a control character XML cannot carry is
     * written as its sequence instead of the question mark POI would write.
     */
    static String escaped(String text) {
        StringBuilder cell = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                cell.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
                continue;
            }
            if (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt()) {
                cell.append("_x005F");
            }
            cell.append(c);
        }
        return cell.toString();
    }

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
