package org.skills4cities.toolkit.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.assessment.GapReport.Line;
import org.skills4cities.toolkit.assessment.TeamView.Member;
import org.skills4cities.toolkit.assessment.TeamView.Row;
import org.skills4cities.toolkit.assessment.TeamView.TrainingNeed;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.curriculum.Curriculum;
import org.skills4cities.toolkit.curriculum.LearningPaths;
import org.skills4cities.toolkit.curriculum.Need;
import org.skills4cities.toolkit.curriculum.PathStep;
import org.skills4cities.toolkit.curriculum.Unit;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.stereotype.Service;

/**
 * Computes the team view of an organisation: the members' shared assessments (those made against the framework
 * chosen) against one of its roles. Each member's learning path is planned as in their own gap report, and the
 * training needs add them up by unit.
 */
@Service
public class TeamViews {

    private final TeamShares shares;
    private final Assessments assessments;
    private final FrameworkCatalogue catalogue;
    private final Curricula curricula;

    TeamViews(TeamShares shares, Assessments assessments, FrameworkCatalogue catalogue, Curricula curricula) {
        this.shares = shares;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.curricula = curricula;
    }

    /**
     * The team view of an organisation against a role of a framework (the first active role when none is named).
     *
     * @throws InvalidAssessment when the framework or the role is unknown
     */
    public TeamView of(UUID organisation, String slug, @Nullable String roleCode) {
        Framework framework = catalogue
                .find(slug)
                .orElseThrow(() -> new InvalidAssessment(
                        List.of(InvalidAssessment.Problem.of("framework", "unknownFramework", slug))));
        RoleProfile role = framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .filter(r -> roleCode == null || roleCode.isBlank() || r.code().equals(roleCode))
                .findFirst()
                .orElseThrow(() -> new InvalidAssessment(
                        List.of(InvalidAssessment.Problem.of("role", "unknownRole", String.valueOf(roleCode), slug))));
        List<TeamShares.Shared> team = shares.team(organisation, framework.slug());
        Map<UUID, Assessment> shared = assessments.find(
                team.stream().map(TeamShares.Shared::assessment).toList());
        List<Requirement> requirements = LearningPaths.needsOf(framework, role);
        List<GapReports.Required> required = GapReports.required(framework, role);
        List<Member> members = new ArrayList<>();
        for (TeamShares.Shared member : team) {
            Assessment a = shared.get(member.assessment());
            if (a != null) {
                members.add(new Member(
                        member.account(),
                        member.name(),
                        a,
                        GapReports.readiness(role, requirements, a).percent()));
            }
        }
        Optional<Curriculum> curriculum = curricula.of(framework);
        // by unit code: a unit's hash code would run over all its texts and outcomes
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (Member member : members) {
            List<Line> lines = GapReports.lines(required, member.assessment());
            curriculum.ifPresent(c -> LearningPaths.plan(
                            c,
                            lines.stream()
                                    .filter(l -> l.gap() > 0)
                                    .map(l -> new Need(l.competence().code(), l.current(), l.required(), l.mandatory()))
                                    .toList())
                    .steps()
                    .stream()
                    .map(PathStep::unit)
                    .forEach(u -> {
                        units.putIfAbsent(u.code(), u);
                        people.merge(u.code(), 1, Integer::sum);
                    }));
        }
        List<Row> rows = required.stream()
                .map(r -> new Row(
                        r.competence(),
                        r.requirement().level(),
                        r.requirement().mandatory(),
                        members.stream()
                                .map(m -> m.assessment().level(r.competence().code()))
                                .toList()))
                .toList();
        List<TrainingNeed> needs = units.values().stream()
                .map(u -> new TrainingNeed(u, people.get(u.code())))
                .sorted(Comparator.comparingInt(TrainingNeed::people)
                        .reversed()
                        .thenComparingInt(n -> n.unit().position()))
                .toList();
        return new TeamView(framework, role, members, rows, needs);
    }
}
