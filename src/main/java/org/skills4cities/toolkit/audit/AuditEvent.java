package org.skills4cities.toolkit.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: when (UTC), who ({@code actor} is the email at the time, kept when the account is
 * deleted), what ({@code action}, such as {@code login.failed}), on what ({@code target}), in which organisation, from
 * which address, and a short detail. Never a password, token or link.
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actor,
        String action,
        @Nullable String target,
        @Nullable UUID organisationId,
        @Nullable String remoteAddress,
        @Nullable String detail) {}
