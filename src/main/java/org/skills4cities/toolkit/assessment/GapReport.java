package org.skills4cities.toolkit.assessment;

import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.curriculum.LearningPath;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * Where a person stands against a role: a line per requirement of the role (mandatory gaps first, then optional
 * gaps, then what is met), the competences the role does not require, the readiness of every role, the best-matching
 * one, and the learning path that closes the gaps ({@code path} is empty when the framework has no curricula).
 */
public record GapReport(
        Assessment assessment,
        Framework framework,
        RoleProfile role,
        List<Line> lines,
        List<Line> notRequired,
        List<RoleReadiness> readiness,
        RoleProfile bestMatchingRole,
        Optional<LearningPath> path) {

    public GapReport {
        lines = List.copyOf(lines);
        notRequired = List.copyOf(notRequired);
        readiness = List.copyOf(readiness);
    }

    /** One competence: the level given (0 when not rated), the level the role requires (0: none), mandatory or not. */
    public record Line(FrameworkItem competence, int current, int required, boolean mandatory) {

        public int gap() {
            return Math.max(0, required - current);
        }
    }

    /** The readiness of a person for a role, and the mandatory requirements they do not meet. */
    public record RoleReadiness(RoleProfile role, int percent, int mandatoryGaps) {}

    /** The readiness for the report's role. */
    public int percent() {
        return readiness.stream()
                .filter(r -> r.role().code().equals(role.code()))
                .mapToInt(RoleReadiness::percent)
                .findFirst()
                .orElse(0);
    }

    public List<Line> gaps() {
        return lines.stream().filter(l -> l.gap() > 0).toList();
    }

    public long mandatoryGaps() {
        return lines.stream().filter(l -> l.mandatory() && l.gap() > 0).count();
    }
}
