package org.skills4cities.toolkit.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person does in the platform. Everyone is a learner on their own; every other role is held within an
 * organisation, except platform admin, which is held by the account itself.
 */
public enum Role {
    LEARNER,
    TRAINER,
    TRAINING_PROVIDER_ADMIN,
    ASSESSOR,
    HR_MANAGER,
    CONTENT_EDITOR,
    PLATFORM_ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Platform admins, assessors and training-provider admins must use a second factor. */
    public boolean requiresSecondFactor() {
        return this == PLATFORM_ADMIN || this == ASSESSOR || this == TRAINING_PROVIDER_ADMIN;
    }

    /** Whether the role manages its organisation's members: invites them, gives and takes their roles. */
    public boolean managesMembers() {
        return this == TRAINING_PROVIDER_ADMIN || this == HR_MANAGER;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
