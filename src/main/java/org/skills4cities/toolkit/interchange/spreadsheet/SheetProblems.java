package org.skills4cities.toolkit.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/** What is wrong with one sheet, and what it does not do by the book but can still be read, each with its location. */
final class SheetProblems {

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    void add(String location, String code, Object... arguments) {
        errors.add(ImportProblem.at(location, code, arguments));
    }

    void warn(String location, String code, Object... arguments) {
        warnings.add(ImportProblem.at(location, code, arguments));
    }

    /** The whole number a cell holds, or a problem at the cell. */
    Optional<Integer> wholeNumber(String text, String field, String location) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notNumber) {
            add(location, "notWholeNumber", field, text);
            return Optional.empty();
        }
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<ImportProblem> errors() {
        return List.copyOf(errors);
    }

    List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }
}
