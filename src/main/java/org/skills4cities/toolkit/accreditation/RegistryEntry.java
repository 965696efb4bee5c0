package org.skills4cities.toolkit.accreditation;

import java.util.List;
import java.util.UUID;

/**
 * A training organisation or trainer in the public registry: the latest accreditation and what it stands at today,
 * and every accreditation it has held, newest first (withdrawn and renewed ones included, never deleted).
 */
public record RegistryEntry(
        UUID holder,
        Subject subject,
        String name,
        String organisation,
        Accreditation latest,
        Accreditation.Standing standing,
        List<Held> history) {

    public RegistryEntry {
        history = List.copyOf(history);
    }

    /** One accreditation of the entry and its standing today. */
    public record Held(Accreditation accreditation, Accreditation.Standing standing) {}
}
