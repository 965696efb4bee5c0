package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course a training provider offers for one or more units: when, where (a place, online or both), in which
 * language, at what price (0: free) and where to enrol.
 */
public record CourseOffer(
        UUID id,
        UUID provider,
        String providerName,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String place,
        boolean online,
        String language,
        BigDecimal price,
        String currency,
        String link,
        List<String> units,
        Instant createdAt,
        @Nullable Instant withdrawnAt) {

    public CourseOffer {
        units = List.copyOf(units);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean free() {
        return price.signum() == 0;
    }
}
