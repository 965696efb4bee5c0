package org.skills4cities.toolkit.framework;

import java.util.Locale;

/** The three kinds of statement that spell out a competence. */
public enum StatementKind {
    KNOWLEDGE,
    SKILL,
    ATTITUDE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
