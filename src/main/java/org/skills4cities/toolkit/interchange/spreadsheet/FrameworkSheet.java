package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.spreadsheet.SheetHeader.Columns;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.printing.SpreadsheetText;
import org.springframework.context.MessageSource;

/**
 * The layout of a framework sheet, the same in CSV and XLSX ({@code docs/spreadsheet-format.md}): a framework as a
 * header row and one data row per value, and such rows, read from a file, back into the same framework or into the
 * list of every problem that keeps them from being one.
 */
final class FrameworkSheet {

    private final MessageSource messages;
    private final SheetHeader header;

    FrameworkSheet(MessageSource messages) {
        this.messages = messages;
        this.header = new SheetHeader(messages);
    }

    /** The rows of a framework's sheet, header first, each cell as the file holds it: neutralised. */
    List<List<String>> rows(Framework framework, Language headerLanguage) {
        FrameworkRows.Table table = FrameworkRows.of(framework);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header.row(headerLanguage, table.languages()));
        rows.addAll(table.rows());
        return rows.stream()
                .map(row -> row.stream().map(SpreadsheetText::neutralised).toList())
                .toList();
    }

    String sheetName(Language language) {
        return messages.getMessage("spreadsheet.sheetName", null, language.locale());
    }

    /**
     * Reads the rows of a sheet; the first row that is not blank is the header, blank rows are skipped.
     *
     * @throws FrameworkRejected listing every problem of the sheet with its location
     */
    FrameworkReading read(List<SheetRow> rows, CellLocator locator, ReadOptions options) {
        SheetProblems problems = new SheetProblems();
        Optional<SheetRow> headerRow =
                rows.stream().filter(row -> !row.isBlank()).findFirst();
        if (headerRow.isEmpty()) {
            problems.add(locator.row(1), "emptySheet");
            throw new FrameworkRejected(problems.errors());
        }
        Columns columns = header.read(headerRow.get(), locator, problems);
        if (!columns.complete()) {
            throw new FrameworkRejected(problems.errors());
        }
        SheetRecords records = new SheetRecords(problems);
        rows.stream()
                .filter(row -> row.number() > headerRow.get().number() && !row.isBlank())
                .forEach(row -> records.add(new Line(row, columns, locator)));
        Framework framework = FrameworkAssembly.of(
                records,
                columns.languageOrder(),
                options,
                locator.row(headerRow.get().number()),
                problems);
        if (framework == null || problems.any()) {
            throw new FrameworkRejected(problems.errors());
        }
        return new FrameworkReading(framework, problems.warnings());
    }
}
