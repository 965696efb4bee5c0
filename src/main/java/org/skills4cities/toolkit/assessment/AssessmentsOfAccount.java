package org.skills4cities.toolkit.assessment;

import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.account.PersonalDataSource;
import org.springframework.stereotype.Component;

/** An account's assessments, with their ratings and notes, in its personal-data download. */
@Component
class AssessmentsOfAccount implements PersonalDataSource {

    private final Assessments assessments;
    private final TeamShares shares;

    AssessmentsOfAccount(Assessments assessments, TeamShares shares) {
        this.assessments = assessments;
        this.shares = shares;
    }

    /** One assessment and the organisations it is shared with. */
    record Held(Assessment assessment, List<UUID> sharedWith) {}

    @Override
    public String section() {
        return "assessments";
    }

    @Override
    public Object of(UUID account) {
        return assessments.of(account).stream()
                .map(a -> new Held(a, shares.sharedWith(a.id())))
                .toList();
    }
}
