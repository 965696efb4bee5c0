package org.skills4cities.toolkit.validation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case: when, who (their name at the time), which transition, from which state to which (a phase code,
 * or an outcome code once the case ended), and the comment given with it.
 */
public record HistoryEntry(
        Instant at,
        String actor,
        String action,
        @Nullable String from,
        String to,
        @Nullable String comment) {}
