package org.skills4cities.toolkit.account;

import org.jspecify.annotations.Nullable;

/** The result of a login attempt: the account when it succeeded; otherwise nothing that tells why. */
public record LoginOutcome(@Nullable Account account, boolean throttled) {

    public boolean succeeded() {
        return account != null;
    }
}
