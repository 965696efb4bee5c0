package org.skills4cities.toolkit.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a framework version is in its life: drafts change, published versions never do, retired ones stay readable. */
public enum FrameworkStatus {
    DRAFT,
    PUBLISHED,
    RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FrameworkStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
