package org.skills4cities.toolkit.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkVersion;

/**
 * One self-assessment: against which framework version and target role (none: the report picks the best-matching
 * role), whose it is ({@code owner} null: anonymous, reached by its access token) and the ratings given so far.
 */
public record Assessment(
        UUID id,
        FrameworkVersion framework,
        @Nullable String role,
        @Nullable UUID owner,
        Instant createdAt,
        Instant updatedAt,
        List<Rating> ratings) {

    public Assessment {
        ratings = List.copyOf(ratings);
    }

    public Optional<Rating> rating(String competence) {
        return ratings.stream().filter(r -> r.competence().equals(competence)).findFirst();
    }

    /** The level given for the competence; 0 when it is not rated. */
    public int level(String competence) {
        for (Rating rating : ratings) {
            if (rating.competence().equals(competence)) {
                return rating.level();
            }
        }
        return 0;
    }
}
