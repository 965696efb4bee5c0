package org.skills4cities.toolkit.framework.importing;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Where a problem is, said in the reader's language and in file order. Readers write locations of text files as
 * {@code line 12, column 3} and of workbooks as {@code sheet Items, row 12, column C}; JSON pointers and model paths
 * ({@code /items/A.3}) are the same in every language and stay as they are.
 */
public final class ProblemLocations {

    private static final Pattern LINE = Pattern.compile("line (\\d+)(?:, column (\\w+))?");
    private static final Pattern SHEET = Pattern.compile("sheet (.+), row (\\d+)(?:, column (\\w+))?");

    /** Problems in the order of the file: by line or row, then column; other locations after them, as found. */
    public static final Comparator<ImportProblem> FILE_ORDER = Comparator.comparingLong(
                    (ImportProblem p) -> position(p.location())[0])
            .thenComparingLong(p -> position(p.location())[1]);

    private ProblemLocations() {}

    public static String localize(String location, MessageSource messages, Locale locale) {
        Matcher line = LINE.matcher(location);
        if (line.matches()) {
            return line.group(2) == null
                    ? messages.getMessage("location.line", new Object[] {line.group(1)}, location, locale)
                    : messages.getMessage(
                            "location.lineColumn", new Object[] {line.group(1), line.group(2)}, location, locale);
        }
        Matcher sheet = SHEET.matcher(location);
        if (sheet.matches()) {
            return sheet.group(3) == null
                    ? messages.getMessage(
                            "location.sheetRow", new Object[] {sheet.group(1), sheet.group(2)}, location, locale)
                    : messages.getMessage(
                            "location.sheetRowColumn",
                            new Object[] {sheet.group(1), sheet.group(2), sheet.group(3)},
                            location,
                            locale);
        }
        return location;
    }

    /** Line (or row) and column of a location, or the largest numbers for a location without them. */
    private static long[] position(String location) {
        Matcher line = LINE.matcher(location);
        if (line.matches()) {
            return new long[] {Long.parseLong(line.group(1)), column(line.group(2))};
        }
        Matcher sheet = SHEET.matcher(location);
        if (sheet.matches()) {
            return new long[] {Long.parseLong(sheet.group(2)), column(sheet.group(3))};
        }
        return new long[] {Long.MAX_VALUE, Long.MAX_VALUE};
    }

    /** A column as a number: {@code 3}, or a spreadsheet column {@code C}, {@code AA}. */
    private static long column(String column) {
        if (column == null) {
            return 0;
        }
        if (column.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(column);
        }
        long value = 0;
        for (char c : column.toUpperCase(Locale.ROOT).toCharArray()) {
            value = value * 26 + (c - 'A' + 1);
        }
        return value;
    }
}
