package org.skills4cities.toolkit.interchange.spreadsheet;

import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Names a place in a file the way a person finds it: {@code line 12, column 3} in a CSV file, {@code sheet Framework,
 * row 12, column C} in a workbook.
 */
record CellLocator(@Nullable String sheet) {

    static final CellLocator CSV = new CellLocator(null);

    static CellLocator sheet(String name) {
        return new CellLocator(name);
    }

    /** The cell in this row and column; the row is a {@link SheetRow#number()}, the column counts from 0. */
    String at(int row, int column) {
        return sheet == null
                ? row(row) + ", column " + (column + 1)
                : row(row) + ", column " + CellReference.convertNumToColString(column);
    }

    String row(int row) {
        return sheet == null ? "line " + row : "sheet " + sheet + ", row " + row;
    }
}
