package org.skills4cities.toolkit.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an item or a role is in use. A city hides what does not apply to it; an item that assessments or
 * certificates refer to is retired instead of deleted. Hidden and retired items stay in the framework, with their
 * identifiers, so that nothing pointing at them breaks.
 */
public enum ItemState {
    ACTIVE,
    HIDDEN,
    RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this == ACTIVE;
    }

    public static Optional<ItemState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
