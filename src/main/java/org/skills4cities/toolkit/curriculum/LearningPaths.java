package org.skills4cities.toolkit.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * Plans learning paths. For each need, the path takes every unit whose outcome in that competence lies above the
 * learner's level and at most at the required one; when none of them reaches the required level, it adds the unit
 * that reaches it at the lowest level. Units are ordered by the lowest level they are taken for (foundations first),
 * then units closing a mandatory gap, then teaching order; a unit's prerequisites on the path come before it.
 */
public final class LearningPaths {

    private LearningPaths() {}

    public static LearningPath plan(Curriculum curriculum, List<Need> needs) {
        // by unit code: a unit's hash code would run over all its texts and outcomes
        Map<String, Taken> taken = new LinkedHashMap<>();
        List<Need> untaught = new ArrayList<>();
        Map<String, List<Unit>> teachingOf = teaching(curriculum);
        for (Need need : needs) {
            if (need.to() <= need.from()) {
                continue;
            }
            int reached = need.from();
            List<Unit> teaching = teachingOf.getOrDefault(need.competence(), List.of());
            for (Unit unit : teaching) {
                List<LearningOutcome> outcomes = unit.outcomesBetween(need.competence(), need.from(), need.to());
                if (!outcomes.isEmpty()) {
                    take(taken, unit, outcomes, need.mandatory());
                    reached = Math.max(
                            reached,
                            outcomes.stream()
                                    .mapToInt(LearningOutcome::level)
                                    .max()
                                    .orElse(0));
                }
            }
            if (reached < need.to()) {
                int from = reached;
                teaching.stream()
                        .flatMap(u -> u.outcomes().stream()
                                .filter(o -> o.competence().equals(need.competence()) && o.level() > need.to())
                                .map(o -> Map.entry(u, o)))
                        .min(Comparator.comparingInt((Map.Entry<Unit, LearningOutcome> e) ->
                                        e.getValue().level())
                                .thenComparingInt(e -> e.getKey().position()))
                        .ifPresentOrElse(
                                e -> take(taken, e.getKey(), List.of(e.getValue()), need.mandatory()),
                                () -> untaught.add(new Need(need.competence(), from, need.to(), need.mandatory())));
            }
        }
        List<PathStep> steps = taken.values().stream()
                .map(t -> new PathStep(t.unit, t.closes, t.mandatory))
                .sorted(Comparator.comparingInt(PathStep::tier)
                        .thenComparing(s -> !s.mandatory())
                        .thenComparingInt(s -> s.unit().position()))
                .toList();
        return new LearningPath(withPrerequisitesFirst(steps), untaught);
    }

    /** The path from nothing to every requirement of an active role on the framework's active competences. */
    public static LearningPath forRole(Curriculum curriculum, Framework framework, RoleProfile role) {
        return plan(
                curriculum,
                needsOf(framework, role).stream()
                        .map(r -> new Need(r.competence(), 0, r.level(), r.mandatory()))
                        .toList());
    }

    /** The requirements of a role on competences the framework shows (hidden and retired ones left out). */
    public static List<Requirement> needsOf(Framework framework, RoleProfile role) {
        Map<String, FrameworkItem> byCode = new HashMap<>();
        framework.allItems().forEach(i -> byCode.putIfAbsent(i.code(), i));
        return role.requirements().stream()
                .filter(r -> {
                    FrameworkItem item = byCode.get(r.competence());
                    return item != null && item.isCompetence() && item.state() == ItemState.ACTIVE;
                })
                .toList();
    }

    /** The units that teach each competence, in teaching order, as {@link Curriculum#teaching} gives them. */
    private static Map<String, List<Unit>> teaching(Curriculum curriculum) {
        Map<String, List<Unit>> teaching = new HashMap<>();
        curriculum
                .units()
                .forEach(u -> u.outcomes().stream()
                        .map(LearningOutcome::competence)
                        .distinct()
                        .forEach(c -> teaching.computeIfAbsent(c, k -> new ArrayList<>())
                                .add(u)));
        return teaching;
    }

    private static void take(Map<String, Taken> taken, Unit unit, List<LearningOutcome> outcomes, boolean mandatory) {
        Taken step = taken.computeIfAbsent(unit.code(), c -> new Taken(unit));
        outcomes.stream().filter(o -> !step.closes.contains(o)).forEach(step.closes::add);
        step.mandatory |= mandatory;
    }

    /** A unit on the path being planned, the outcomes it is taken for, and whether one closes a mandatory gap. */
    private static final class Taken {

        private final Unit unit;
        private final List<LearningOutcome> closes = new ArrayList<>();
        private boolean mandatory;

        private Taken(Unit unit) {
            this.unit = unit;
        }
    }

    private static List<PathStep> withPrerequisitesFirst(List<PathStep> steps) {
        Map<String, PathStep> byCode = new LinkedHashMap<>();
        steps.forEach(s -> byCode.put(s.unit().code(), s));
        List<PathStep> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        steps.forEach(s -> place(s, byCode, placed, ordered));
        return ordered;
    }

    private static void place(PathStep step, Map<String, PathStep> byCode, Set<String> placed, List<PathStep> out) {
        if (!placed.add(step.unit().code())) {
            return;
        }
        step.unit().prerequisites().stream()
                .map(byCode::get)
                .filter(p -> p != null)
                .forEach(p -> place(p, byCode, placed, out));
        out.add(step);
    }
}
