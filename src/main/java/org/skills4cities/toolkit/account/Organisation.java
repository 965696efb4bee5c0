package org.skills4cities.toolkit.account;

import java.time.Instant;
import java.util.UUID;

/** A city administration, training provider or certification body. */
public record Organisation(UUID id, String name, OrganisationKind kind, Instant createdAt) {}
