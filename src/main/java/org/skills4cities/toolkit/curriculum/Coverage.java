package org.skills4cities.toolkit.curriculum;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * Whether the curricula cover a role: for each of its requirements, the unit that takes a learner to the required
 * level or beyond (the one that does so at the lowest level), else the highest level any unit teaches.
 */
public record Coverage(RoleProfile role, List<Line> lines) {

    public Coverage {
        lines = List.copyOf(lines);
    }

    /** One requirement: covered by {@code unit}, or taught only up to {@code highestTaught} (0: not at all). */
    public record Line(Requirement requirement, Optional<Unit> unit, int highestTaught) {

        public boolean covered() {
            return unit.isPresent();
        }
    }

    public static Coverage of(Curriculum curriculum, Framework framework, RoleProfile role) {
        List<Line> lines = LearningPaths.needsOf(framework, role).stream()
                .map(r -> line(curriculum, r))
                .toList();
        return new Coverage(role, lines);
    }

    private static Line line(Curriculum curriculum, Requirement requirement) {
        List<Unit> teaching = curriculum.teaching(requirement.competence());
        Optional<Unit> unit = teaching.stream()
                .flatMap(u -> u.outcomes().stream()
                        .filter(o ->
                                o.competence().equals(requirement.competence()) && o.level() >= requirement.level())
                        .map(o -> new Reach(u, o.level())))
                .min(Comparator.comparingInt(Reach::level)
                        .thenComparingInt(r -> r.unit().position()))
                .map(Reach::unit);
        int highest = teaching.stream()
                .mapToInt(u -> u.levelIn(requirement.competence()).orElse(0))
                .max()
                .orElse(0);
        return new Line(requirement, unit, highest);
    }

    private record Reach(Unit unit, int level) {}

    /** The mandatory requirements no unit covers; empty when the role is fully covered. */
    public List<Line> missing() {
        return lines.stream()
                .filter(l -> l.requirement().mandatory() && !l.covered())
                .toList();
    }

    public boolean full() {
        return missing().isEmpty();
    }
}
