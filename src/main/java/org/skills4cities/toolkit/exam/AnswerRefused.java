package org.skills4cities.toolkit.exam;

import java.util.List;

/**
 * An answer the attempt cannot take, with the reason as a message key {@code exam.answer.<code>}: the exam has not
 * started or the candidate has not checked in, the question or an option is not on the candidate's form, the sequence number is not a positive number,
 * or a single-choice question got several options.
 */
public class AnswerRefused extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public AnswerRefused(String code, Object... arguments) {
        super("Answer refused: " + code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return "exam.answer." + code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Whether the attempt's state refused it (409), rather than the answer's content (400). */
    public boolean conflict() {
        return code.equals("notStarted") || code.equals("notCheckedIn");
    }
}
