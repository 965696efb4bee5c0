package org.skills4cities.toolkit.interchange.outside;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/**
 * An ESCO CSV export (UTF-8, a header row, quoted cells that may span lines) read into rows of cells, each row with
 * the line it starts on, so that a problem can say {@code line 12, column 5}: the line of the file and the number of
 * the cell in its row. A file that is not CSV at all is noted with the line and the character where it breaks.
 */
final class EscoCsv {

    private static final Pattern BROKEN_AT = Pattern.compile("line: (\\d+), position: (\\d+)");
    private static final Pattern BROKEN_FROM = Pattern.compile("\\(startline (\\d+)\\)");

    private final List<ImportProblem> problems;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private int[] lineStarts = {0};
    private int width;

    private EscoCsv(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** One row below the header: its cells, and the line of the file it starts on. */
    record Row(int line, List<String> cells) {}

    /** The file's rows; every required column that is missing, and anything that breaks the CSV, is a problem. */
    static EscoCsv read(byte[] content, List<String> required, List<ImportProblem> problems) {
        EscoCsv csv = new EscoCsv(problems);
        csv.decode(content).ifPresent(text -> csv.parse(text, required));
        return csv;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell of a column in a row, empty when the file has no such column or the row no such cell. */
    String cell(Row row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
    }

    /** The cells of the columns other than these, by column name, in no order. */
    Map<String, String> otherCells(Row row, List<String> mapped) {
        Map<String, String> others = new HashMap<>();
        columns.forEach((column, index) -> {
            if (!mapped.contains(column)
                    && index < row.cells().size()
                    && !row.cells().get(index).isBlank()) {
                others.put(column, row.cells().get(index));
            }
        });
        return others;
    }

    String location(Row row, String column) {
        return "line " + row.line() + ", column " + (columns.getOrDefault(column, 0) + 1);
    }

    private Optional<String> decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            problems.add(ImportProblem.at("line 1", "escoNotUtf8"));
            return Optional.empty();
        }
    }

    private void parse(String text, List<String> required) {
        lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header(record.toList(), required);
                    header = false;
                } else {
                    row(record);
                }
            }
            if (header) {
                header(List.of(), required);
            }
        } catch (UncheckedIOException | IOException | IllegalStateException broken) {
            malformed(broken);
        }
    }

    private void header(List<String> names, List<String> required) {
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = Texts.clean(names.get(i));
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.at("line 1, column " + (i + 1), "escoDuplicateColumn", name));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(ImportProblem.at("line 1", "escoMissingColumn", column));
            }
        }
    }

    private void row(CSVRecord record) {
        Row row = new Row(line((int) record.getCharacterPosition()), record.toList());
        if (row.cells().size() != width) {
            problems.add(ImportProblem.at(
                    "line " + row.line(), "escoCellCount", row.cells().size(), width));
        }
        rows.add(row);
    }

    private void malformed(Exception broken) {
        Throwable cause = broken.getCause() != null ? broken.getCause() : broken;
        String message = String.valueOf(cause.getMessage());
        Matcher at = BROKEN_AT.matcher(message);
        Matcher from = BROKEN_FROM.matcher(message);
        String location;
        if (at.find()) {
            int line = Integer.parseInt(at.group(1));
            int column = Integer.parseInt(at.group(2)) - lineStarts[Math.min(line, lineStarts.length) - 1];
            location = "line " + line + ", column " + column;
        } else if (from.find()) {
            location = "line " + from.group(1);
        } else {
            location = "line " + lineStarts.length;
        }
        problems.add(ImportProblem.at(location, "escoMalformed", message));
    }

    /** The 1-based line of a character position in the text. */
    private int line(int position) {
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
