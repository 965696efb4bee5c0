package org.skills4cities.toolkit.framework;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored version of a framework as a list of versions shows it. */
public record FrameworkVersionInfo(
        UUID id,
        String slug,
        String version,
        FrameworkStatus status,
        @Nullable FrameworkVersion basedOn,
        @Nullable UUID owner,
        Instant importedAt,
        Instant changedAt,
        @Nullable Instant publishedAt) {}
