package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;

/**
 * The rows of one framework, level, item or role: the first, which names it, and each of its fields, given once.
 * Reads the typed values of the fields and notes a problem at the cell for each one that is wrong or missing.
 */
final class RecordRows {

    private final RecordKind kind;
    private final Line first;
    private final SheetProblems problems;
    private final Map<String, Line> fields = new HashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> numbers = new HashMap<>();

    RecordRows(RecordKind kind, Line first, SheetProblems problems) {
        this.kind = kind;
        this.first = first;
        this.problems = problems;
    }

    RecordKind kind() {
        return kind;
    }

    Line first() {
        return first;
    }

    /** Adds a row of this record, which must repeat what the first row says the record is. */
    void add(Line line, FieldName field) {
        for (SheetColumn column : kind.repeated()) {
            if (!line.key(column).equals(first.key(column))) {
                problems.add(line.at(column), "rowsDisagree", kind.id(), column.id(), first.at(column));
            }
        }
        Line earlier = fields.putIfAbsent(field.key(), line);
        if (earlier != null) {
            problems.add(line.at(SheetColumn.FIELD), "duplicateField", field.key(), earlier.at(SheetColumn.FIELD));
        } else if (field.isAttribute()) {
            attributes.put(field.part(), line.value());
        } else if (field.number() > 0) {
            numbers.computeIfAbsent(field.name(), name -> new LinkedHashSet<>()).add(field.number());
        }
    }

    Optional<Line> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    LocalizedText texts(String key) {
        return field(key).map(Line::texts).orElse(LocalizedText.EMPTY);
    }

    /** Texts that must not be missing or blank. */
    LocalizedText requiredTexts(String key) {
        LocalizedText texts = texts(key);
        if (texts.isBlank()) {
            missing(key);
        }
        return texts;
    }

    Optional<String> value(String key) {
        return field(key).map(Line::value).filter(value -> !value.isEmpty());
    }

    Optional<String> requiredValue(String key) {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            missing(key);
        }
        return value;
    }

    /** A whole number in the value cell, required or not. */
    Optional<Integer> integer(String key, boolean required) {
        Optional<String> value = required ? requiredValue(key) : value(key);
        return value.flatMap(
                text -> problems.wholeNumber(text, key, fields.get(key).at(SheetColumn.VALUE)));
    }

    /** An EQF level, which runs from 1 to 8. */
    int eqf() {
        return eqf(1);
    }

    /** An EQF level, from the lowest given (0 where a level may be mapped to none) to 8. */
    int eqf(int lowest) {
        Optional<Integer> eqf = integer("eqf", true);
        eqf.filter(level -> level < lowest || level > 8)
                .ifPresent(level -> problems.add(fields.get("eqf").at(SheetColumn.VALUE), "eqfOutOfRange", level));
        return eqf.orElse(0);
    }

    ItemState state() {
        return value("state")
                .map(code -> ItemState.ofCode(code.strip().toLowerCase(Locale.ROOT))
                        .orElseGet(() -> {
                            problems.add(fields.get("state").at(SheetColumn.VALUE), "invalidState", code);
                            return ItemState.ACTIVE;
                        }))
                .orElse(ItemState.ACTIVE);
    }

    /** The identifier in the identifier column, else the one derived from the code. */
    UUID id(Supplier<UUID> derived) {
        String identifier = first.key(SheetColumn.IDENTIFIER);
        if (identifier.isEmpty()) {
            return derived.get();
        }
        try {
            return UUID.fromString(identifier);
        } catch (IllegalArgumentException notUuid) {
            problems.add(first.at(SheetColumn.IDENTIFIER), "invalidUuid", identifier);
            return derived.get();
        }
    }

    /** The numbers a numbered field is given with, in the order of their rows. */
    List<Integer> numbers(String name) {
        return List.copyOf(numbers.getOrDefault(name, Set.of()));
    }

    /** The texts of a numbered field, such as the knowledge statements, in the order of their rows. */
    List<LocalizedText> statements(String name) {
        List<LocalizedText> statements = new ArrayList<>();
        for (int number : numbers(name)) {
            statements.add(texts(name + ":" + number));
        }
        return statements;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    /** Notes that a field is missing or blank: at its row when it has one, else at the record's first row. */
    void missing(String key) {
        Line line = fields.get(key);
        if (line == null) {
            problems.add(first.at(), "required", key);
        } else {
            problems.add(line.at(SheetColumn.FIELD), "blank", key);
        }
    }
}
