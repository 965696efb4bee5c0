package org.skills4cities.toolkit.account;

import org.jspecify.annotations.Nullable;

/**
 * Every session of the account must end: it was disabled or deleted, or its password changed or was reset ({@code
 * exceptSession} names the session that made the change and stays, or is null).
 */
public record SessionsToEnd(String email, @Nullable String exceptSession) {}
