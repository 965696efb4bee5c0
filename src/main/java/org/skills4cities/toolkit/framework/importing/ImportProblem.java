package org.skills4cities.toolkit.framework.importing;

import java.util.List;

/**
 * One thing wrong with a framework document: where it is (a JSON pointer, or a line and column for broken JSON),
 * the message code that says what is wrong, and the values the message names.
 */
public record ImportProblem(String location, String code, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem at(String location, String code, Object... arguments) {
        return new ImportProblem(location, code, List.of(arguments));
    }

    /** The key of this problem's message in the message bundles. */
    public String messageKey() {
        return "import.problem." + code;
    }
}
