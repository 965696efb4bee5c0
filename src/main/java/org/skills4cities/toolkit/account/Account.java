package org.skills4cities.toolkit.account;

import java.time.Instant;
import java.util.UUID;
import org.skills4cities.toolkit.language.Language;

/** A person's account: the email they log in with, the name shown, the language they read in. */
public record Account(
        UUID id,
        String email,
        String displayName,
        Language language,
        AccountStatus status,
        boolean platformAdmin,
        boolean totpEnabled,
        Instant createdAt) {

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
