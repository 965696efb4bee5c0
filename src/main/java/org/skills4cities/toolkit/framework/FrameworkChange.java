package org.skills4cities.toolkit.framework;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a framework version: who changed which value of which item, role or of the framework
 * itself, when, and through what ({@code import} or {@code edit}); the old value is empty when the value was new.
 */
public record FrameworkChange(
        Instant at,
        String by,
        String origin,
        FrameworkDifference.Change change,
        FrameworkDifference.Kind kind,
        @Nullable UUID subjectId,
        String subjectCode,
        String field,
        String lang,
        @Nullable String oldValue,
        @Nullable String newValue) {}
