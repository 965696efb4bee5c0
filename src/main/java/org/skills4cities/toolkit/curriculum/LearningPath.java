package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.util.List;

/** The units that close a set of needs, in the order to take them, and the needs no unit takes far enough. */
public record LearningPath(List<PathStep> steps, List<Need> untaught) {

    public LearningPath {
        steps = List.copyOf(steps);
        untaught = List.copyOf(untaught);
    }

    public int hours() {
        return steps.stream().mapToInt(s -> s.unit().hours()).sum();
    }

    public BigDecimal credits() {
        return steps.stream().map(s -> s.unit().credits()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
