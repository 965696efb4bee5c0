package org.skills4cities.toolkit.validation;

import org.jspecify.annotations.Nullable;

/** Where a step leaves a case (its phase, and its outcome if it ended) and the comment the history keeps. */
record Move(
        Phase phase, @Nullable Outcome outcome, @Nullable String comment) {

    static Move to(Phase phase, @Nullable String comment) {
        return new Move(phase, null, comment);
    }

    /** The state the history shows: the outcome once the case ended, else the phase. */
    String state() {
        return outcome != null ? outcome.code() : phase.code();
    }
}
