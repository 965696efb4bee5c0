package org.skills4cities.toolkit.account;

import java.util.UUID;

/** A role an account holds within an organisation. */
public record Membership(UUID accountId, UUID organisationId, String organisationName, Role role) {}
