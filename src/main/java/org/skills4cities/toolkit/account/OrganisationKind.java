package org.skills4cities.toolkit.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The three kinds of organisation, and the roles their members can hold. */
public enum OrganisationKind {
    CITY_ADMINISTRATION(Set.of(Role.HR_MANAGER, Role.CONTENT_EDITOR, Role.LEARNER)),
    TRAINING_PROVIDER(Set.of(Role.TRAINING_PROVIDER_ADMIN, Role.TRAINER, Role.CONTENT_EDITOR)),
    CERTIFICATION_BODY(Set.of(Role.ASSESSOR, Role.CONTENT_EDITOR));

    private final Set<Role> roles;

    OrganisationKind(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OrganisationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
