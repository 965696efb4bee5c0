package org.skills4cities.toolkit.assessment.web;

import java.util.UUID;

/**
 * No team view of this organisation that the caller may see: it is not a city administration, or the caller is not
 * one of its HR managers nor a platform admin. Answered as if the organisation did not exist.
 */
class TeamNotFound extends RuntimeException {

    private final UUID organisation;

    TeamNotFound(UUID organisation) {
        super("No team view of organisation " + organisation);
        this.organisation = organisation;
    }

    UUID organisation() {
        return organisation;
    }
}
