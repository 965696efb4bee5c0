package org.skills4cities.toolkit.exam;

import java.util.List;

/** The outcome of reading an item bank file: its questions, usable only when there are no problems. */
public record BankReading(List<ExamItem> items, List<BankProblem> problems) {

    public BankReading {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
