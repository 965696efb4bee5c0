package org.skills4cities.toolkit.exam;

import java.time.ZoneOffset;
import java.util.List;

/**
 * A session that cannot be scheduled as typed: every problem with its field, a message key
 * {@code exam.problem.<field>.<code>} and its arguments; or, when the local time happens twice in the zone (the night
 * the clocks go back), the two offsets it may mean, for the form to ask which. Nothing is stored.
 */
public class InvalidSession extends RuntimeException {

    private final List<Problem> problems;
    private final List<ZoneOffset> offsets;

    public InvalidSession(List<Problem> problems, List<ZoneOffset> offsets) {
        super("Invalid exam session: " + problems);
        this.problems = List.copyOf(problems);
        this.offsets = List.copyOf(offsets);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The offsets the local time may mean, when it happens twice and none was chosen; else empty. */
    public List<ZoneOffset> offsets() {
        return offsets;
    }

    /** One problem: which field, what is wrong with it and the arguments of its message. */
    public record Problem(String field, String code, List<Object> arguments) {

        public static Problem of(String field, String code, Object... arguments) {
            return new Problem(field, code, List.of(arguments));
        }

        public String messageKey() {
            return "exam.problem." + field + "." + code;
        }
    }
}
