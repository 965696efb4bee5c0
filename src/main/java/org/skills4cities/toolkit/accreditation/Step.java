package org.skills4cities.toolkit.accreditation;

import static org.skills4cities.toolkit.accreditation.Standing.APPLICANT;
import static org.skills4cities.toolkit.accreditation.Standing.ASSIGNED_ASSESSOR;
import static org.skills4cities.toolkit.accreditation.Standing.BODY_ASSESSOR;
import static org.skills4cities.toolkit.accreditation.Status.DRAFT;
import static org.skills4cities.toolkit.accreditation.Status.IN_REVIEW;
import static org.skills4cities.toolkit.accreditation.Status.RETURNED;
import static org.skills4cities.toolkit.accreditation.Status.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The guards of an application, one row per step: who may take it, from which statuses, what must hold, and the
 * status it leads to (none: the application stays where it is). Checked in that order, so that the reason given is
 * the first that applies. Opening an application is checked by {@link Applications#open}.
 */
public enum Step {
    WRITE(Set.of(APPLICANT), EnumSet.of(DRAFT, RETURNED), null, Step::nothing),
    SUBMIT(Set.of(APPLICANT), EnumSet.of(DRAFT, RETURNED), SUBMITTED, Step::everyStatement),
    TAKE(Set.of(BODY_ASSESSOR, ASSIGNED_ASSESSOR), EnumSet.of(SUBMITTED), IN_REVIEW, Step::nothing),
    RATE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(IN_REVIEW), null, Step::nothing),
    ASK_FOR_MORE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(IN_REVIEW), RETURNED, Step::nothing),
    ACCREDIT(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(IN_REVIEW), Status.ACCREDITED, Step::allMetOrPartly),
    REFUSE(Set.of(ASSIGNED_ASSESSOR), EnumSet.of(IN_REVIEW), Status.REFUSED, Step::allRated);

    private final Set<Standing> who;
    private final Set<Status> from;
    private final @Nullable Status to;
    private final Function<ApplicationFile, Optional<Refused>> condition;

    Step(
            Set<Standing> who,
            Set<Status> from,
            @Nullable Status to,
            Function<ApplicationFile, Optional<Refused>> condition) {
        this.who = who;
        this.from = from;
        this.to = to;
        this.condition = condition;
    }

    /** The step's code in the history, the audit log and messages, such as {@code ask-for-more}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status the step leads to, or null when the application stays where it is. */
    public @Nullable Status to() {
        return to;
    }

    /** Refuses the step, saying why, unless the person may take it now and its condition holds. */
    public void check(ApplicationFile file, Standing standing) {
        Status status = file.status();
        if (status.decided()) {
            throw new Refused("decided", "accreditation.status." + status.code());
        }
        if (!who.contains(standing)) {
            throw new Refused(
                    who.contains(APPLICANT)
                            ? "who.applicant"
                            : who.contains(BODY_ASSESSOR) ? "who.bodyAssessor" : "who.assignedAssessor");
        }
        if (!from.contains(status)) {
            throw new Refused("status", "accreditation.action." + code(), "accreditation.status." + status.code());
        }
        condition.apply(file).ifPresent(refusal -> {
            throw refusal;
        });
    }

    private static Optional<Refused> nothing(ApplicationFile file) {
        return Optional.empty();
    }

    private static Optional<Refused> everyStatement(ApplicationFile file) {
        List<String> missing = file.withoutStatement();
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(new Refused("withoutStatement", String.join(", ", missing)));
    }

    private static Optional<Refused> allRated(ApplicationFile file) {
        List<String> unrated = file.unrated();
        return unrated.isEmpty() ? Optional.empty() : Optional.of(new Refused("unrated", String.join(", ", unrated)));
    }

    private static Optional<Refused> allMetOrPartly(ApplicationFile file) {
        Optional<Refused> unrated = allRated(file);
        if (unrated.isPresent()) {
            return unrated;
        }
        List<String> notMet = file.notMet();
        return notMet.isEmpty() ? Optional.empty() : Optional.of(new Refused("notMet", String.join(", ", notMet)));
    }
}
