package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.skills4cities.toolkit.framework.LocalizedText;

/**
 * A unit of a training module: its outcomes, notional learning hours, ECVET credits, how it is taught and evaluated,
 * its materials and the outline of its test. {@code position} is its place in the teaching order of the whole package.
 */
public record Unit(
        String code,
        String module,
        int position,
        LocalizedText title,
        LocalizedText description,
        int hours,
        BigDecimal credits,
        List<String> prerequisites,
        List<LearningOutcome> outcomes,
        LocalizedText trainingMethodology,
        LocalizedText evaluationMethodology,
        List<LocalizedText> materials,
        LocalizedText testOutline) {

    public Unit {
        prerequisites = List.copyOf(prerequisites);
        outcomes = List.copyOf(outcomes);
        materials = List.copyOf(materials);
    }

    /** The highest level this unit takes a learner to in the competence, if it teaches it at all. */
    public OptionalInt levelIn(String competence) {
        return outcomes.stream()
                .filter(o -> o.competence().equals(competence))
                .mapToInt(LearningOutcome::level)
                .max();
    }

    /** The outcomes on one competence with a level above {@code from} and at most {@code to}. */
    public List<LearningOutcome> outcomesBetween(String competence, int from, int to) {
        return outcomes.stream()
                .filter(o -> o.competence().equals(competence) && o.level() > from && o.level() <= to)
                .toList();
    }
}
