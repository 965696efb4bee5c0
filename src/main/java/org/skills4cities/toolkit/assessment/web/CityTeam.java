package org.skills4cities.toolkit.assessment.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.assessment.TeamView;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;

/**
 * The team view of a city administration as its HR manager sees it: the organisation, the view against the role
 * chosen, whether the framework has curricula to plan training from, and how many members share no assessment
 * against the framework (only the number: who they are is not shown). {@code viewer} is the person looking.
 */
public record CityTeam(Account viewer, Organisation organisation, TeamView view, boolean hasCurricula, int notShared) {

    /** The roles of the framework to choose from. */
    public List<RoleProfile> roles() {
        return view.framework().roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
    }

    /** The day a member's shared assessment was last changed, in the reader's time zone. */
    public LocalDate assessed(TeamView.Member member, ZoneId zone) {
        return LocalDate.ofInstant(member.assessment().updatedAt(), zone);
    }

    /** How many levels a member's level lies below the required one; 0 when it is met. */
    public static int shortfall(int level, int required) {
        return Math.max(0, required - level);
    }
}
