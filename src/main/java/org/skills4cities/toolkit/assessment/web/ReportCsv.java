package org.skills4cities.toolkit.assessment.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.printing.SpreadsheetText;

/**
 * The gap report as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Cyrillic and Greek), headers
 * in the reader's language, a row per competence (the role's requirements in report order, then the others), and a
 * value that a spreadsheet would take for a formula written with a leading apostrophe.
 */
final class ReportCsv {

    private ReportCsv() {}

    static byte[] of(GapReport report, Page page) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    page.t("report.csv.code"),
                    page.t("report.csv.competence"),
                    page.t("report.csv.current"),
                    page.t("report.csv.required"),
                    page.t("report.csv.mandatory"),
                    page.t("report.csv.gap"),
                    page.t("report.csv.note"));
            List<GapReport.Line> lines = new ArrayList<>(report.lines());
            lines.addAll(report.notRequired());
            for (GapReport.Line line : lines) {
                String note = report.assessment()
                        .rating(line.competence().code())
                        .map(r -> r.note() == null ? "" : r.note())
                        .orElse("");
                csv.printRecord(
                        line.competence().code(),
                        SpreadsheetText.neutralised(
                                page.text(line.competence().title()).text()),
                        line.current(),
                        line.required() == 0 ? "" : line.required(),
                        line.required() == 0 ? "" : page.t(line.mandatory() ? "report.mandatory" : "report.optional"),
                        line.required() == 0 ? "" : line.gap(),
                        SpreadsheetText.neutralised(note));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
