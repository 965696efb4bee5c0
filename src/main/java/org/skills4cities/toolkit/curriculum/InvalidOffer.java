package org.skills4cities.toolkit.curriculum;

import java.util.List;

/**
 * A course offer that cannot be published as given: every problem, each with the field it is in, a message key
 * {@code offer.problem.<field>.<code>} and its arguments. Nothing is stored.
 */
public class InvalidOffer extends RuntimeException {

    private final List<Problem> problems;

    public InvalidOffer(List<Problem> problems) {
        super("Invalid course offer: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: which field, what is wrong with it and the arguments of its message. */
    public record Problem(String field, String code, List<Object> arguments) {

        public static Problem of(String field, String code, Object... arguments) {
            return new Problem(field, code, List.of(arguments));
        }

        public String messageKey() {
            return "offer.problem." + field + "." + code;
        }
    }
}
