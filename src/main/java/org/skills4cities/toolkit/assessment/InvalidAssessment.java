package org.skills4cities.toolkit.assessment;

import java.util.List;

/**
 * An assessment that cannot be stored as given: every problem, each with the field it is in (such as
 * {@code ratings[3].level}), a message key under {@code assessment.problem.} and its arguments. Nothing is stored.
 */
public class InvalidAssessment extends RuntimeException {

    private final List<Problem> problems;

    public InvalidAssessment(List<Problem> problems) {
        super("Invalid assessment: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: where, which message ({@code assessment.problem.<code>}) and its arguments. */
    public record Problem(String field, String code, List<Object> arguments) {

        public static Problem of(String field, String code, Object... arguments) {
            return new Problem(field, code, List.of(arguments));
        }
    }
}
