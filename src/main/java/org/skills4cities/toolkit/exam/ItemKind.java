package org.skills4cities.toolkit.exam;

/** The kinds of question in the item bank. */
public enum ItemKind {
    /** One correct option; the question scores all its points or none. */
    SINGLE_CHOICE,
    /** Several correct options; partial credit as written in {@code docs/exams.md}. */
    MULTIPLE_CHOICE,
    /** A case text with several single- or multiple-choice parts, each scored on its own. */
    SCENARIO
}
