package org.skills4cities.toolkit.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A step a case refused: which one, the phase the case is in, and why ({@code reason}, the end of the message key
 * {@code validation.refused.<reason>}, with its arguments). Nothing of the step was done.
 */
public class Refused extends RuntimeException {

    private final @Nullable Transition transition;
    private final Phase phase;
    private final String reason;
    private final List<Object> arguments;

    Refused(@Nullable Transition transition, Phase phase, String reason, List<Object> arguments) {
        super("Refused " + (transition == null ? "open" : transition.code()) + " in phase " + phase.code() + ": "
                + reason);
        this.transition = transition;
        this.phase = phase;
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
    }

    /** The step, or null for opening a case. */
    public @Nullable Transition transition() {
        return transition;
    }

    public Phase phase() {
        return phase;
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return "validation.refused." + reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
