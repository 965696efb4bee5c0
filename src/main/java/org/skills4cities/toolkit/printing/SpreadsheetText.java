package org.skills4cities.toolkit.printing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Texts as spreadsheet cells keep them. A cell a spreadsheet program would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, and so does one
 * that already starts with an apostrophe, so that an import can take exactly that apostrophe off again. An XLSX cell
 * escapes what POI would otherwise read or write wrongly.
 */
public final class SpreadsheetText {

    private static final String RISKY = "=+-@\t\r'";
    private static final Pattern ESCAPE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private SpreadsheetText() {}

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralised(String text) {
        return !text.isEmpty() && RISKY.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text {@link #neutralised} was given. */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && RISKY.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    /**
     * A text as an XLSX cell keeps it: POI reads {@code _xHHHH_} in a cell as the character HHHH, so a text that holds
     * such a sequence gets its underscore escaped ({@code _x005F_}), and a control character XML cannot carry is
     * written as its sequence instead of the question mark POI would write.
     */
    public static String xlsx(String text) {
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
}
