package org.skills4cities.toolkit.curriculum;

import java.util.List;

/**
 * One unit of a learning path with the outcomes that make it part of the path; {@code mandatory} when one of them
 * closes a mandatory gap.
 */
public record PathStep(Unit unit, List<LearningOutcome> closes, boolean mandatory) {

    public PathStep {
        closes = List.copyOf(closes);
    }

    /** The lowest level the unit is taken for: foundations come before advanced units. */
    int tier() {
        return closes.stream().mapToInt(LearningOutcome::level).min().orElse(0);
    }
}
