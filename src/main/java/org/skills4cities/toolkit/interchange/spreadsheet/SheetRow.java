package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * One row of a sheet as a file holds it: its number (the line of a CSV file where the row starts, the row of a
 * worksheet), its cells as text, and which of them the file typed as numbers.
 */
record SheetRow(int number, List<String> cells, Set<Integer> numericCells) {

    SheetRow {
        cells = List.copyOf(cells);
        numericCells = Set.copyOf(numericCells);
    }

    SheetRow(int number, List<String> cells) {
        this(number, cells, Set.of());
    }

    /** The cell in this column, the empty text past the last cell. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
