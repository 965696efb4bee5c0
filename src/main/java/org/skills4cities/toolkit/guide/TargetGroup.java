package org.skills4cities.toolkit.guide;

import java.util.Arrays;
import java.util.Optional;

/** A group of people the guide speaks to, each with a part of its own; in the order the guide shows them. */
public enum TargetGroup {
    LEARNERS("learners"),
    TRAINERS("trainers"),
    PROVIDERS("providers"),
    HR("hr"),
    ASSESSORS("assessors");

    private final String code;

    TargetGroup(String code) {
        this.code = code;
    }

    /** The group's name in addresses and files: {@code /guide/hr}, {@code hr.json}. */
    public String code() {
        return code;
    }

    public static Optional<TargetGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
    }
}
