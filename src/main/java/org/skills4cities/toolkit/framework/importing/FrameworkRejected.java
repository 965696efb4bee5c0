package org.skills4cities.toolkit.framework.importing;

import java.util.List;

/** A framework document was refused; nothing of it was stored. */
public class FrameworkRejected extends RuntimeException {

    private final List<ImportProblem> problems;

    public FrameworkRejected(List<ImportProblem> problems) {
        super("Framework document rejected with " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
