package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A whole framework as an XLSX workbook of one sheet: every cell text, in a text ("@") style so that codes such as
 * {@code 1.10} keep their form when edited, the header row bold and frozen. Reading checks the file with
 * {@link XlsxGate} before POI unpacks it, takes the first sheet, and reads a cell typed as a number through its
 * displayed form, with a warning.
 */
@Component
public class XlsxFrameworks implements FrameworkReader, SpreadsheetWriter {

    private static final Logger log = LoggerFactory.getLogger(XlsxFrameworks.class);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int[] WIDTHS = {12, 38, 14, 14, 18, 20, 30};
    private static final int TEXT_WIDTH = 60;
    private static final Pattern ESCAPE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private final FrameworkSheet sheet;
    private final XlsxGate gate;

    XlsxFrameworks(MessageSource messages, XlsxLimits limits) {
        this.sheet = new FrameworkSheet(messages);
        this.gate = new XlsxGate(limits);
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public MediaType mediaType() {
        return XLSX;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public byte[] write(Framework framework, Language headerLanguage) {
        List<List<String>> rows = sheet.rows(framework, headerLanguage);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet out = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.sheetName(headerLanguage)));
            out.createFreezePane(0, 1);
            for (int c = 0; c < rows.getFirst().size(); c++) {
                out.setColumnWidth(c, 256 * (c < WIDTHS.length ? WIDTHS[c] : TEXT_WIDTH));
                out.setDefaultColumnStyle(c, text);
            }
            for (int r = 0; r < rows.size(); r++) {
                write(out.createRow(r), rows.get(r), r == 0 ? header : text);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                Cell cell = row.createCell(c, CellType.STRING);
                cell.setCellStyle(style);
                cell.setCellValue(escaped(cells.get(c)));
            }
        }
    }

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
            } else {
                if (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt()) {
                    cell.append("_x005F");
                }
                cell.append(c);
            }
        }
        return cell.toString();
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        gate.check(content).ifPresent(problem -> {
            throw new FrameworkRejected(List.of(problem));
        });
        String name;
        List<SheetRow> rows;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new FrameworkRejected(List.of(ImportProblem.at(XlsxGate.FILE, "noSheet")));
            }
            Sheet first = workbook.getSheetAt(0);
            name = first.getSheetName();
            rows = rows(first);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FrameworkRejected rejected) {
                throw rejected;
            }
            log.debug("Not an XLSX workbook", unreadable);
            throw new FrameworkRejected(List.of(ImportProblem.at(XlsxGate.FILE, "notXlsx")));
        }
        return sheet.read(rows, CellLocator.sheet(name), options);
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

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> formatter.formatCellValue(cell);
        };
    }
}
