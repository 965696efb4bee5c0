package org.skills4cities.toolkit.assessment;

import org.jspecify.annotations.Nullable;

/** A person's own level in one competence (0 = not yet), with an optional note of evidence. */
public record Rating(String competence, int level, @Nullable String note) {}
