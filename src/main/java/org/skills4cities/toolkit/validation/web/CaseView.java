package org.skills4cities.toolkit.validation.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Claim;
import org.skills4cities.toolkit.validation.Evidence;
import org.skills4cities.toolkit.validation.Phase;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.Standing;
import org.skills4cities.toolkit.validation.ValidationCase;

/**
 * What the case page shows to one person: the case, who they are to it, the framework version's texts (role,
 * competences, level descriptors) and what they may do now.
 */
public record CaseView(CaseFile file, Standing standing, Account viewer, Framework framework, RoleProfile role) {

    /** One phase of the stepper: done, the current one, or still to come. */
    public record Step(Phase phase, String state) {}

    public ValidationCase validationCase() {
        return file.validationCase();
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        Phase current = file.phase();
        boolean ended = !validationCase().isOpen();
        for (Phase phase : Phase.values()) {
            String state = phase.ordinal() < current.ordinal()
                    ? "done"
                    : phase == current ? (ended ? "ended" : "current") : ended ? "skipped" : "next";
            steps.add(new Step(phase, state));
        }
        return steps;
    }

    /** The message key saying what comes next, or how the case ended. */
    public String next() {
        return next(validationCase());
    }

    static String next(ValidationCase c) {
        return c.outcome() != null
                ? "validation.next." + c.outcome().code()
                : "validation.next." + c.phase().code();
    }

    public FrameworkItem competence(String code) {
        return framework.competence(code).orElseThrow();
    }

    public List<LevelDescriptor> descriptors(String code) {
        return competence(code).levels();
    }

    public boolean candidate() {
        return standing == Standing.CANDIDATE;
    }

    public boolean assigned() {
        return standing == Standing.ASSIGNED_ASSESSOR;
    }

    public boolean bodyAssessor() {
        return standing == Standing.BODY_ASSESSOR || standing == Standing.ASSIGNED_ASSESSOR;
    }

    public boolean open() {
        return validationCase().isOpen();
    }

    public boolean in(Phase phase) {
        return open() && file.phase() == phase;
    }

    /** Whether the candidate may add or remove evidence now. */
    public boolean documenting() {
        return candidate() && (in(Phase.IDENTIFICATION) || in(Phase.DOCUMENTATION));
    }

    public List<Claim> claimed() {
        return file.claims().stream().filter(Claim::claimed).toList();
    }

    public List<Evidence> evidence(String competence) {
        return file.evidenceFor(competence);
    }

    public boolean mandatory(String competence) {
        return file.mandatory(competence);
    }

    public int required(String competence) {
        return role.requirement(competence).map(r -> r.level()).orElse(0);
    }

    public List<Integer> levels() {
        List<Integer> levels = new ArrayList<>();
        for (int level = 0; level <= framework.highestLevel(); level++) {
            levels.add(level);
        }
        return levels;
    }

    public long maxFileMegabytes() {
        return Portfolios.MAX_FILE / (1024 * 1024);
    }

    /** The message key of a state the history names: a phase, or an outcome once the case ended. */
    public static String stateKey(String code) {
        return Arrays.stream(Phase.values()).anyMatch(p -> p.code().equals(code))
                ? "validation.phase." + code
                : "validation.outcome." + code;
    }

    /** An instant in the viewer's language, with the time zone it is shown in. */
    public static String time(Page page, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(page.language().locale())
                        .withZone(page.zone())
                        .format(instant)
                + " ("
                + DateTimeFormatter.ofPattern("O", page.language().locale())
                        .withZone(page.zone())
                        .format(instant)
                + ")";
    }
}
