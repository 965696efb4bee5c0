package org.skills4cities.toolkit.interchange.spreadsheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;

/**
 * The header row of a framework sheet: the names of its fixed columns in each of the toolkit's languages, then one
 * language code per text column. Reading a header row recognises the names of every language and the English ids,
 * whatever their case, accents or surrounding spaces.
 */
final class SheetHeader {

    private static final Pattern LANGUAGE = Pattern.compile("([a-z]{2})(?:-([a-z]{2}))?");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private final MessageSource messages;
    private final Map<String, SheetColumn> columns = new HashMap<>();

    SheetHeader(MessageSource messages) {
        this.messages = messages;
        for (SheetColumn column : SheetColumn.values()) {
            recognise(column.id(), column);
            for (Language language : Language.values()) {
                recognise(name(column, language), column);
            }
        }
    }

    /** The header row of an export: the fixed columns named in this language, then the language codes. */
    List<String> row(Language language, List<String> languages) {
        List<String> row = new ArrayList<>();
        for (SheetColumn column : SheetColumn.values()) {
            row.add(name(column, language));
        }
        row.addAll(languages);
        return row;
    }

    /** Where the columns are in a file whose header row this is; every name it does not know is a problem. */
    Columns read(SheetRow header, CellLocator locator, SheetProblems problems) {
        Map<SheetColumn, Integer> fixed = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            SheetColumn column = columns.get(normalised(name));
            Optional<String> language = language(name);
            if (!name.isEmpty()) {
                named.add(i);
            }
            Integer earlier = null;
            if (column != null) {
                earlier = fixed.putIfAbsent(column, i);
            } else if (language.isPresent()) {
                earlier = languages.putIfAbsent(language.get(), i);
            } else if (!name.isEmpty()) {
                problems.add(locator.at(header.number(), i), "unknownHeader", name);
            }
            if (earlier != null) {
                problems.add(locator.at(header.number(), i), "duplicateColumn", name);
            }
        }
        for (SheetColumn column : SheetColumn.values()) {
            if (column.required() && !fixed.containsKey(column)) {
                problems.add(locator.row(header.number()), "missingColumn", column.id());
            }
        }
        return new Columns(fixed, languages, named);
    }

    private String name(SheetColumn column, Language language) {
        return messages.getMessage(column.messageKey(), null, language.locale());
    }

    private void recognise(String name, SheetColumn column) {
        SheetColumn earlier = columns.putIfAbsent(normalised(name), column);
        if (earlier != null && earlier != column) {
            throw new IllegalStateException("Column names " + earlier + " and " + column + " are both '" + name + "'");
        }
    }

    /** A header as compared: trimmed, lower case, without accents, with one sigma. */
    static String normalised(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('ς', 'σ');
    }

    /** The language a header names, {@code pt-BR} from {@code PT-br}: an ISO 639-1 code with an optional region. */
    static Optional<String> language(String header) {
        Matcher code = LANGUAGE.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!code.matches() || !ISO_639_1.contains(code.group(1))) {
            return Optional.empty();
        }
        String region = code.group(2);
        return Optional.of(region == null ? code.group(1) : code.group(1) + "-" + region.toUpperCase(Locale.ROOT));
    }

    /** Where the columns of a sheet are: the fixed ones a file has, one per language code, and all that have a name. */
    record Columns(Map<SheetColumn, Integer> fixed, Map<String, Integer> languages, Set<Integer> named) {

        Columns {
            fixed = Map.copyOf(fixed);
            languages = Map.copyOf(languages);
            named = Set.copyOf(named);
        }

        /** Whether the sheet has every column it needs. */
        boolean complete() {
            return Arrays.stream(SheetColumn.values())
                    .filter(SheetColumn::required)
                    .allMatch(fixed::containsKey);
        }

        /** The languages in the order of their columns. */
        List<String> languageOrder() {
            return languages.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
