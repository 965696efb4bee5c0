package org.skills4cities.toolkit.exam;

import java.util.List;

/**
 * One thing wrong with an item bank file: where it is (a JSON pointer, or a line and column for broken JSON), the key
 * of the message that says what is wrong, and the values the message names.
 */
public record BankProblem(String location, String messageKey, List<Object> arguments) {

    public BankProblem {
        arguments = List.copyOf(arguments);
    }

    static BankProblem at(String location, String messageKey, Object... arguments) {
        return new BankProblem(location.isEmpty() ? "/" : location, messageKey, List.of(arguments));
    }
}
