package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.FrameworkWriter;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.printing.SpreadsheetText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A whole framework as an XLSX workbook of one sheet: every cell text, in a text ("@") style so that codes such as
 * {@code 1.10} keep their form when edited, the header row bold and frozen. Reading checks the file with
 * {@link XlsxGate} before POI unpacks it and reads its first sheet ({@link XlsxCells}).
 */
@Component
public class XlsxFrameworks implements FrameworkReader, FrameworkWriter {

    private static final Logger log = LoggerFactory.getLogger(XlsxFrameworks.class);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int[] WIDTHS = {12, 38, 14, 14, 18, 20, 30};
    private static final int TEXT_WIDTH = 60;

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
                cell.setCellValue(SpreadsheetText.xlsx(cells.get(c)));
            }
        }
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        gate.check(content).ifPresent(problem -> {
            throw new FrameworkRejected(List.of(problem));
        });
        Optional<XlsxCells.FirstSheet> first;
        try {
            first = XlsxCells.firstSheet(content);
        } catch (IOException | RuntimeException unreadable) {
            log.debug("Not an XLSX workbook", unreadable);
            throw rejected("notXlsx");
        }
        XlsxCells.FirstSheet found = first.orElseThrow(() -> rejected("noSheet"));
        return sheet.read(found.rows(), CellLocator.sheet(found.name()), options);
    }

    private static FrameworkRejected rejected(String code) {
        return new FrameworkRejected(List.of(ImportProblem.at(XlsxGate.FILE, code)));
    }
}
