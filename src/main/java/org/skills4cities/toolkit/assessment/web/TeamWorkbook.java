package org.skills4cities.toolkit.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skills4cities.toolkit.assessment.TeamView;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.printing.SpreadsheetText;

/**
 * The team view as an XLSX workbook in the reader's language: the heatmap (a competence per row, a member per column,
 * each level filled green when it meets the required level, amber one level below, red two or more below; the header
 * row and the competence columns frozen), the team's gaps, and the training needs. Texts are text cells, numbers
 * number cells.
 */
final class TeamWorkbook {

    /** The fills of a met requirement, a level one below and two or more below (Excel's good, neutral and bad). */
    static final List<String> FILLS = List.of("C6EFCE", "FFEB9C", "FFC7CE");

    /** The headers of the columns {@link #competence} fills. */
    private static final String[] COMPETENCE = {"team.code", "team.competence", "team.required", "team.mandatory"};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle text;
    private final CellStyle header;
    private final List<CellStyle> heat = new ArrayList<>();
    private final Page page;

    private TeamWorkbook(Page page) {
        this.page = page;
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        header = workbook.createCellStyle();
        header.cloneStyleFrom(text);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        for (String fill : FILLS) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heat.add(style);
        }
    }

    static byte[] of(CityTeam team, Page page) {
        TeamWorkbook book = new TeamWorkbook(page);
        try (XSSFWorkbook workbook = book.workbook) {
            book.heatmap(team.view());
            book.gaps(team.view());
            book.needs(team);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heatmap(TeamView view) {
        Sheet sheet = sheet("team.sheet.heatmap");
        List<String> titles = new ArrayList<>(titles(COMPETENCE));
        view.members().forEach(m -> titles.add(m.name()));
        titles.addAll(titles("team.below", "team.totalGap"));
        headerRow(sheet, titles);
        int r = 1;
        for (TeamView.Row row : view.rows()) {
            Row out = competence(sheet.createRow(r++), row);
            int c = 4;
            for (int level : row.levels()) {
                number(out, c++, level).setCellStyle(heat.get(Math.min(2, CityTeam.shortfall(level, row.required()))));
            }
            number(out, c++, row.below());
            number(out, c, row.totalGap());
        }
        Row readiness = sheet.createRow(r);
        text(readiness, 1, page.t("team.readinessPercent"), header);
        for (int m = 0; m < view.members().size(); m++) {
            number(readiness, 4 + m, view.members().get(m).readiness());
        }
        sheet.createFreezePane(2, 1);
        widths(sheet, 10, 48, 14, 14);
    }

    private void gaps(TeamView view) {
        Sheet sheet = sheet("team.sheet.gaps");
        List<String> titles = new ArrayList<>(titles(COMPETENCE));
        titles.addAll(titles("team.below", "team.totalGap"));
        headerRow(sheet, titles);
        int r = 1;
        for (TeamView.Row row : view.gaps()) {
            Row out = competence(sheet.createRow(r++), row);
            number(out, 4, row.below());
            number(out, 5, row.totalGap());
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 10, 48, 14, 14, 14, 14);
    }

    private void needs(CityTeam team) {
        Sheet sheet = sheet("team.sheet.needs");
        headerRow(sheet, titles("team.code", "team.unit", "team.hoursPerPerson", "team.people", "team.hours"));
        if (!team.hasCurricula()) {
            text(sheet.createRow(1), 0, page.t("team.needs.noCurricula"), text);
            return;
        }
        int r = 1;
        for (TeamView.TrainingNeed need : team.view().needs()) {
            Row out = sheet.createRow(r++);
            text(out, 0, need.unit().code(), text);
            text(out, 1, page.text(need.unit().title()).text(), text);
            number(out, 2, need.unit().hours());
            number(out, 3, need.people());
            number(out, 4, need.hours());
        }
        Row total = sheet.createRow(r);
        text(total, 1, page.t("team.total"), header);
        number(total, 4, team.view().totalHours());
        sheet.createFreezePane(0, 1);
        widths(sheet, 10, 48, 14, 14, 14);
    }

    private List<String> titles(String... keys) {
        return Stream.of(keys).map(page::t).toList();
    }

    private Sheet sheet(String key) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(page.t(key)));
    }

    private void headerRow(Sheet sheet, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            text(row, c, titles.get(c), header);
        }
    }

    /** The first four cells of a competence's row: code, title, required level, mandatory or optional. */
    private Row competence(Row out, TeamView.Row row) {
        text(out, 0, row.competence().code(), text);
        text(out, 1, page.text(row.competence().title()).text(), text);
        number(out, 2, row.required());
        text(out, 3, page.t(row.mandatory() ? "report.mandatory" : "report.optional"), text);
        return out;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellStyle(style);
        cell.setCellValue(SpreadsheetText.xlsx(value));
    }

    private static Cell number(Row row, int column, long value) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        return cell;
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, 256 * characters[c]);
        }
    }
}
