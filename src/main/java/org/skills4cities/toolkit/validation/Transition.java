package org.skills4cities.toolkit.validation;

import static org.skills4cities.toolkit.validation.Phase.ASSESSMENT;
import static org.skills4cities.toolkit.validation.Phase.CERTIFICATION;
import static org.skills4cities.toolkit.validation.Phase.DOCUMENTATION;
import static org.skills4cities.toolkit.validation.Phase.IDENTIFICATION;
import static org.skills4cities.toolkit.validation.Standing.ASSIGNED_ASSESSOR;
import static org.skills4cities.toolkit.validation.Standing.BODY_ASSESSOR;
import static org.skills4cities.toolkit.validation.Standing.CANDIDATE;
import static org.skills4cities.toolkit.validation.Standing.SYSTEM;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The guards of a case, one row per step: who may take it, from which phases, what must hold of the case, and the phase
 * it leads to (none: the case stays where it is). What each records is in {@code docs/validation.md}. Opening a case
 * has no case to guard yet; its conditions are checked by {@link ValidationCases#open}.
 */
public enum Transition {
    EDIT_CLAIMS(Set.of(CANDIDATE), EnumSet.of(IDENTIFICATION), null, Transition::nothing),
    CONFIRM_CLAIMS(Set.of(CANDIDATE), EnumSet.of(IDENTIFICATION), DOCUMENTATION, Transition::somethingClaimed),
    ADD_EVIDENCE(Set.of(CANDIDATE), EnumSet.of(IDENTIFICATION, DOCUMENTATION), null, Transition::nothing),
    REMOVE_EVIDENCE(Set.of(CANDIDATE), EnumSet.of(IDENTIFICATION, DOCUMENTATION), null, Transition::nothing),
    SUBMIT_PORTFOLIO(Set.of(CANDIDATE), EnumSet.of(DOCUMENTATION), ASSESSMENT, Transition::evidenceComplete),
    ASSIGN_ASSESSOR(Set.of(BODY_ASSESSOR, ASSIGNED_ASSESSOR), EnumSet.allOf(Phase.class), null, Transition::nothing),
    RATE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(ASSESSMENT), null, Transition::nothing),
    ASK_FOR_EVIDENCE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(ASSESSMENT), DOCUMENTATION, Transition::nothing),
    DECIDE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(ASSESSMENT), CERTIFICATION, Transition::allRated),
    RECORD_EXAM(Set.of(SYSTEM), EnumSet.of(CERTIFICATION), null, Transition::nothing),
    WITHDRAW(Set.of(CANDIDATE), EnumSet.allOf(Phase.class), null, Transition::nothing);

    private final Set<Standing> who;
    private final Set<Phase> from;
    private final @Nullable Phase to;
    private final Function<CaseFile, Optional<Refused>> condition;

    Transition(
            Set<Standing> who, Set<Phase> from, @Nullable Phase to, Function<CaseFile, Optional<Refused>> condition) {
        this.who = who;
        this.from = from;
        this.to = to;
        this.condition = condition;
    }

    /** The transition's code in the history, the audit log and messages, such as {@code submit-portfolio}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public @Nullable Phase to() {
        return to;
    }

    /**
     * Refuses the step, saying why, unless the case is open, the person may take it, the case is in a phase it starts
     * from and its condition holds; checked in that order, so that the reason given is the first one that applies.
     */
    public void check(CaseFile file, Standing standing) {
        ValidationCase validationCase = file.validationCase();
        if (validationCase.outcome() != null) {
            throw refused(
                    file,
                    "closed",
                    Messages.of("validation.outcome." + validationCase.outcome().code()));
        }
        if (!who.contains(standing)) {
            throw refused(
                    file,
                    "who."
                            + (who.contains(CANDIDATE)
                                    ? "candidate"
                                    : who.contains(SYSTEM)
                                            ? "system"
                                            : who.contains(BODY_ASSESSOR) ? "bodyAssessor" : "assignedAssessor"));
        }
        if (!from.contains(validationCase.phase())) {
            throw refused(
                    file,
                    "phase",
                    title(),
                    Messages.of("validation.phase." + validationCase.phase().code()));
        }
        condition.apply(file).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** The transition's name, for a message that names it. */
    public Object title() {
        return Messages.of("validation.action." + code());
    }

    Refused refused(CaseFile file, String reason, Object... arguments) {
        return new Refused(this, file.phase(), reason, List.of(arguments));
    }

    private static Optional<Refused> nothing(CaseFile file) {
        return Optional.empty();
    }

    private static Optional<Refused> somethingClaimed(CaseFile file) {
        return file.claims().stream().anyMatch(Claim::claimed)
                ? Optional.empty()
                : Optional.of(CONFIRM_CLAIMS.refused(file, "nothingClaimed"));
    }

    private static Optional<Refused> evidenceComplete(CaseFile file) {
        List<String> missing = file.missingEvidence();
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(SUBMIT_PORTFOLIO.refused(file, "missingEvidence", String.join(", ", missing)));
    }

    private static Optional<Refused> allRated(CaseFile file) {
        List<String> unrated = file.unrated();
        return unrated.isEmpty()
                ? Optional.empty()
                : Optional.of(DECIDE.refused(file, "unrated", String.join(", ", unrated)));
    }
}
