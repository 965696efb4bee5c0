package org.skills4cities.toolkit.account;

import java.util.UUID;

/**
 * What another module holds about a person, for their personal-data download: each bean adds one named section
 * (such as {@code assessments}). The accounts module knows none of those modules; they implement this.
 */
public interface PersonalDataSource {

    /** The section's name in the export. */
    String section();

    /** What the module holds about the account, as something the JSON writer can write. */
    Object of(UUID account);
}
