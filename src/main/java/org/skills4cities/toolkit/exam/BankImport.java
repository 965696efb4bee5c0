package org.skills4cities.toolkit.exam;

import java.util.List;

/**
 * The outcome of importing an item bank: every problem that refuses it, or what it changes (or, on a dry run, would
 * change); {@code applied} tells whether the bank was replaced.
 */
public record BankImport(List<BankProblem> problems, BankChanges changes, int questions, boolean applied) {

    public BankImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
