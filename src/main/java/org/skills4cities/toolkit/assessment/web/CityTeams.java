package org.skills4cities.toolkit.assessment.web;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.assessment.TeamView;
import org.skills4cities.toolkit.assessment.TeamViews;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.springframework.stereotype.Component;

/**
 * Opens the team view of a city administration for the signed-in person, checked on the organisation itself: its HR
 * managers and platform admins see it; anyone else is told it does not exist.
 */
@Component
class CityTeams {

    /** The framework a team view is against when none is named. */
    static final String DEFAULT_FRAMEWORK = "skills4cities";

    private final AssessmentAccess access;
    private final Organisations organisations;
    private final TeamViews views;
    private final Curricula curricula;

    CityTeams(AssessmentAccess access, Organisations organisations, TeamViews views, Curricula curricula) {
        this.access = access;
        this.organisations = organisations;
        this.views = views;
        this.curricula = curricula;
    }

    /**
     * The team view against a role of a framework (the first active role when none is named).
     *
     * @throws TeamNotFound when the caller may not see it
     * @throws org.skills4cities.toolkit.assessment.InvalidAssessment when the framework or the role is unknown
     */
    CityTeam of(@Nullable Principal principal, UUID organisation, String framework, @Nullable String role) {
        Account viewer = access.account(principal)
                .filter(a -> organisations.seesTeam(a, organisation))
                .orElseThrow(() -> new TeamNotFound(organisation));
        TeamView view = views.of(organisation, framework, role);
        Set<UUID> sharing =
                view.members().stream().map(TeamView.Member::account).collect(Collectors.toSet());
        int notShared = (int) organisations.members(viewer, organisation).stream()
                .map(Organisations.Member::accountId)
                .distinct()
                .filter(id -> !sharing.contains(id))
                .count();
        return new CityTeam(
                viewer,
                organisations.get(viewer, organisation),
                view,
                curricula.of(view.framework()).isPresent(),
                notShared);
    }
}
