package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.interchange.spreadsheet.SheetHeader.Columns;
import org.skills4cities.toolkit.printing.SpreadsheetText;

/**
 * A data row read through the header of its sheet: its fixed cells by column, its texts by language, and where each
 * cell is. Every cell comes back as it was stored, with the apostrophe of a neutralised formula taken off.
 */
final class Line {

    private final SheetRow row;
    private final Columns columns;
    private final CellLocator locator;

    Line(SheetRow row, Columns columns, CellLocator locator) {
        this.row = row;
        this.columns = columns;
        this.locator = locator;
    }

    /** The cell of a column that names something (record, identifier, code, parent, type, field), trimmed. */
    String key(SheetColumn column) {
        return cell(column).strip();
    }

    /** The value cell exactly as stored; the empty text when it is blank. */
    String value() {
        String value = cell(SheetColumn.VALUE);
        return value.isBlank() ? "" : value;
    }

    /** The texts of the language columns; a blank cell is no text. */
    LocalizedText texts() {
        Map<String, String> texts = new HashMap<>();
        columns.languages().forEach((language, column) -> {
            String text = SpreadsheetText.restored(row.cell(column));
            if (!text.isBlank()) {
                texts.put(language, text);
            }
        });
        return new LocalizedText(texts);
    }

    boolean numeric(SheetColumn column) {
        Integer index = columns.fixed().get(column);
        return index != null && row.numericCells().contains(index);
    }

    /** Where this row's cell of a column is; the row itself when the sheet has no such column. */
    String at(SheetColumn column) {
        Integer index = columns.fixed().get(column);
        return index == null ? at() : locator.at(row.number(), index);
    }

    String at() {
        return locator.row(row.number());
    }

    /** Where a cell with a value is that has no column name above it, if there is one. */
    Optional<String> unnamedCell() {
        for (int i = 0; i < row.cells().size(); i++) {
            if (!columns.named().contains(i) && !row.cell(i).isBlank()) {
                return Optional.of(locator.at(row.number(), i));
            }
        }
        return Optional.empty();
    }

    private String cell(SheetColumn column) {
        Integer index = columns.fixed().get(column);
        return index == null ? "" : SpreadsheetText.restored(row.cell(index));
    }
}
