package org.skills4cities.toolkit.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.assessment.GapReport.Line;
import org.skills4cities.toolkit.assessment.GapReport.RoleReadiness;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.curriculum.LearningPaths;
import org.skills4cities.toolkit.curriculum.Need;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.stereotype.Service;

/**
 * Computes gap reports. Readiness for a role is Σ weight × min(level given, level required) ÷ Σ weight × level
 * required over the role's requirements, as a whole percentage rounded down, where a mandatory requirement weighs 2
 * and an optional one 1; a competence not rated counts as 0; a role without requirements is 100 %. The best-matching
 * role has the highest readiness, then the fewest mandatory gaps, then comes first in the framework.
 */
@Service
public class GapReports {

    static final int MANDATORY_WEIGHT = 2;
    static final int OPTIONAL_WEIGHT = 1;

    private final Assessments assessments;
    private final Curricula curricula;

    GapReports(Assessments assessments, Curricula curricula) {
        this.assessments = assessments;
        this.curricula = curricula;
    }

    /**
     * The report against the role named, else the assessment's target role, else the best-matching role.
     *
     * @throws InvalidAssessment when the role named is not an active role of the framework
     */
    public GapReport report(Assessment assessment, @Nullable String roleCode) {
        Framework framework = assessments.framework(assessment.framework());
        List<RoleProfile> roles = framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
        if (roles.isEmpty()) {
            throw new InvalidAssessment(List.of(InvalidAssessment.Problem.of("role", "noRoles", framework.slug())));
        }
        List<RoleReadiness> readiness =
                roles.stream().map(r -> readiness(framework, r, assessment)).toList();
        RoleProfile best = readiness.stream()
                .sorted(Comparator.comparingInt(RoleReadiness::percent)
                        .reversed()
                        .thenComparingInt(RoleReadiness::mandatoryGaps))
                .findFirst()
                .orElseThrow()
                .role();
        String wanted = roleCode != null && !roleCode.isBlank() ? roleCode : assessment.role();
        RoleProfile role = wanted == null
                ? best
                : roles.stream()
                        .filter(r -> r.code().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new InvalidAssessment(List.of(
                                InvalidAssessment.Problem.of("role", "unknownRole", wanted, framework.slug()))));
        List<Line> lines = lines(required(framework, role), assessment);
        Set<String> required = lines.stream().map(l -> l.competence().code()).collect(Collectors.toSet());
        List<Line> notRequired = Assessments.activeCompetences(framework).stream()
                .filter(c -> !required.contains(c.code()))
                .map(c -> new Line(c, assessment.level(c.code()), 0, false))
                .toList();
        var path = curricula
                .of(framework)
                .map(c -> LearningPaths.plan(
                        c,
                        lines.stream()
                                .filter(l -> l.gap() > 0)
                                .map(l -> new Need(l.competence().code(), l.current(), l.required(), l.mandatory()))
                                .toList()));
        return new GapReport(assessment, framework, role, lines, notRequired, readiness, best, path);
    }

    /** A competence the framework shows and what a role requires of it. */
    record Required(FrameworkItem competence, Requirement requirement) {}

    /** What a role requires of the competences the framework shows, in framework order. */
    static List<Required> required(Framework framework, RoleProfile role) {
        Map<String, Requirement> byCompetence = new HashMap<>();
        role.requirements().forEach(r -> byCompetence.putIfAbsent(r.competence(), r));
        return Assessments.activeCompetences(framework).stream()
                .filter(c -> byCompetence.containsKey(c.code()))
                .map(c -> new Required(c, byCompetence.get(c.code())))
                .toList();
    }

    /** The requirement lines of a role: mandatory gaps first (largest first), then optional gaps, then met ones. */
    static List<Line> lines(List<Required> required, Assessment assessment) {
        List<Line> lines = new ArrayList<>();
        for (Required r : required) {
            String code = r.competence().code();
            lines.add(new Line(
                    r.competence(),
                    assessment.level(code),
                    r.requirement().level(),
                    r.requirement().mandatory()));
        }
        lines.sort(Comparator.comparingInt(GapReports::group)
                .thenComparing(Comparator.comparingInt(Line::gap).reversed()));
        return lines;
    }

    private static int group(Line line) {
        if (line.gap() == 0) {
            return 2;
        }
        return line.mandatory() ? 0 : 1;
    }

    static RoleReadiness readiness(Framework framework, RoleProfile role, Assessment assessment) {
        return readiness(role, LearningPaths.needsOf(framework, role), assessment);
    }

    /** The readiness for a role whose requirements on shown competences ({@link LearningPaths#needsOf}) are given. */
    static RoleReadiness readiness(RoleProfile role, List<Requirement> needs, Assessment assessment) {
        long reached = 0;
        long needed = 0;
        int mandatoryGaps = 0;
        for (Requirement requirement : needs) {
            int weight = requirement.mandatory() ? MANDATORY_WEIGHT : OPTIONAL_WEIGHT;
            int level = assessment.level(requirement.competence());
            reached += (long) weight * Math.min(level, requirement.level());
            needed += (long) weight * requirement.level();
            if (requirement.mandatory() && level < requirement.level()) {
                mandatoryGaps++;
            }
        }
        int percent = needed == 0 ? 100 : (int) (reached * 100 / needed);
        return new RoleReadiness(role, percent, mandatoryGaps);
    }
}
