package org.skills4cities.toolkit.interchange.spreadsheet;

/**
 * Keeps a spreadsheet program from running a cell as a formula: an exported cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, and so does one that already starts with
 * an apostrophe. The import takes exactly that apostrophe off again, so the stored text comes back unchanged.
 */
final class CellText {

    private static final String RISKY = "=+-@\t\r'";

    private CellText() {}

    static String neutralised(String text) {
        return !text.isEmpty() && RISKY.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && RISKY.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
