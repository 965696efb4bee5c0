package org.skills4cities.toolkit.interchange.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.FrameworkReader;
import org.skills4cities.toolkit.framework.importing.FrameworkReading;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.interchange.FrameworkWriter;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A whole framework as a CSV file: written in UTF-8 with a byte order mark, comma-separated and quoted by RFC 4180, so
 * that spreadsheet programs open it in the right encoding; read with commas or semicolons (the header line decides),
 * with or without the mark, with CRLF or LF line ends and quoted cells over several lines.
 */
@Component
public class CsvFrameworks implements FrameworkReader, FrameworkWriter {

    private static final String BOM = "\uFEFF";

    private final FrameworkSheet sheet;

    CsvFrameworks(MessageSource messages) {
        this.sheet = new FrameworkSheet(messages);
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public MediaType mediaType() {
        return new MediaType("text", "csv", StandardCharsets.UTF_8);
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public byte[] write(Framework framework, Language headerLanguage) {
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecords(sheet.rows(framework, headerLanguage));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public FrameworkReading read(byte[] content, ReadOptions options) {
        String text = Utf8Text.decode(content);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        return sheet.read(rows(text, delimiter(text)), CellLocator.CSV, options);
    }

    /** A semicolon when the header line has more semicolons than commas outside quotes, else a comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<SheetRow> rows(String text, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<SheetRow> rows = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.builder()
                    .setReader(new StringReader(text))
                    .setFormat(format)
                    .get();
            long lineBefore = 0;
            for (CSVRecord record : parser) {
                rows.add(new SheetRow((int) lineBefore + 1, record.toList()));
                lineBefore = parser.getCurrentLineNumber();
            }
            return rows;
        } catch (IOException | UncheckedIOException malformed) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber();
            throw new FrameworkRejected(List.of(ImportProblem.at("line " + line, "malformedCsv")));
        }
    }
}
