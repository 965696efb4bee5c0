package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sorts the data rows of a sheet into records: the framework's, one per level, item and role, and the requirement
 * rows. The rows of one level, item or role come together; a later group of rows with a code already used is a
 * duplicate. Notes what a single row can have wrong: an unknown record kind or field, a blank code, a value under no
 * column, and, as a warning, a code or value that the file typed as a number.
 */
final class SheetRecords {

    private final SheetProblems problems;
    private final Map<RecordKind, Map<String, RecordRows>> byCode = new EnumMap<>(RecordKind.class);
    private final List<RequirementRow> requirements = new ArrayList<>();
    private @Nullable RecordRows framework;
    private @Nullable RecordRows current;

    SheetRecords(SheetProblems problems) {
        this.problems = problems;
    }

    void add(Line line) {
        line.unnamedCell().ifPresent(at -> problems.add(at, "unnamedColumn"));
        Optional<RecordKind> kind = RecordKind.of(line.key(SheetColumn.RECORD));
        if (kind.isEmpty()) {
            problems.add(line.at(SheetColumn.RECORD), "unknownRecord", line.key(SheetColumn.RECORD));
            return;
        }
        Optional<FieldName> field = kind.get().field(line.key(SheetColumn.FIELD));
        if (field.isEmpty()) {
            problems.add(
                    line.at(SheetColumn.FIELD),
                    "unknownField",
                    line.key(SheetColumn.FIELD),
                    kind.get().id());
            return;
        }
        numericCells(line, kind.get(), field.get());
        switch (kind.get()) {
            case FRAMEWORK -> frameworkRows(line).add(line, field.get());
            case REQUIREMENT -> requirement(line, field.get());
            default -> run(kind.get(), line).add(line, field.get());
        }
    }

    @Nullable
    RecordRows framework() {
        return framework;
    }

    /** The records of a kind, in the order of their first rows. */
    List<RecordRows> records(RecordKind kind) {
        return List.copyOf(byCode.getOrDefault(kind, Map.of()).values());
    }

    List<RequirementRow> requirements() {
        return List.copyOf(requirements);
    }

    private RecordRows frameworkRows(Line line) {
        current = null;
        if (framework == null) {
            framework = new RecordRows(RecordKind.FRAMEWORK, line, problems);
        }
        return framework;
    }

    private void requirement(Line line, FieldName field) {
        current = null;
        requirements.add(new RequirementRow(line, field));
    }

    /** The record this row belongs to: the one of the row above if it has the same kind and code, else a new one. */
    private RecordRows run(RecordKind kind, Line line) {
        String code = line.key(SheetColumn.CODE);
        if (current != null
                && current.kind() == kind
                && current.first().key(SheetColumn.CODE).equals(code)) {
            return current;
        }
        RecordRows rows = new RecordRows(kind, line, problems);
        Map<String, RecordRows> codes = byCode.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        RecordRows earlier = codes.get(code);
        if (code.isEmpty()) {
            problems.add(line.at(SheetColumn.CODE), "blank", SheetColumn.CODE.id());
        } else if (earlier != null) {
            String duplicate = kind == RecordKind.ROLE ? "duplicateRole" : "duplicateCode";
            problems.add(
                    line.at(SheetColumn.CODE), duplicate, code, earlier.first().at(SheetColumn.CODE));
        } else {
            codes.put(code, rows);
        }
        current = rows;
        return rows;
    }

    private void numericCells(Line line, RecordKind kind, FieldName field) {
        for (SheetColumn column : SheetColumn.values()) {
            boolean number = column == SheetColumn.CODE && kind == RecordKind.LEVEL
                    || column == SheetColumn.VALUE
                            && (kind == RecordKind.REQUIREMENT || field.name().equals("eqf"));
            if (!number && line.numeric(column)) {
                problems.warn(line.at(column), "numericCell", line.key(column));
            }
        }
    }

    /** A row that says a role requires a competence. */
    record RequirementRow(Line line, FieldName field) {}
}
