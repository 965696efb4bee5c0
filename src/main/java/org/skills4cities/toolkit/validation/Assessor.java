package org.skills4cities.toolkit.validation;

import java.time.Instant;
import java.util.UUID;

/** An assessor assigned to a case, and when. */
public record Assessor(UUID account, String name, Instant assignedAt) {}
