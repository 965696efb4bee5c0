package org.skills4cities.toolkit.exam.web;

import java.util.List;
import org.skills4cities.toolkit.exam.BankImport;
import org.skills4cities.toolkit.exam.BankProblem;
import org.skills4cities.toolkit.framework.importing.ProblemLocations;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;

/**
 * What an item bank import did or would do, in the caller's language: each problem with where it is and what is
 * wrong, or the questions added, changed and removed (by code).
 */
public record BankImportView(
        String language,
        boolean dryRun,
        boolean applied,
        int questions,
        List<ProblemView> problems,
        List<String> added,
        List<String> changed,
        List<String> removed,
        int unchanged) {

    /** One problem: where it is (a JSON pointer, or a line and column) and what is wrong. */
    public record ProblemView(String location, String message) {}

    static BankImportView of(BankImport outcome, boolean dryRun, Language language, MessageSource messages) {
        return new BankImportView(
                language.code(),
                dryRun,
                outcome.applied(),
                outcome.questions(),
                problems(outcome.problems(), language, messages),
                outcome.changes().added(),
                outcome.changes().changed(),
                outcome.changes().removed(),
                outcome.changes().unchanged());
    }

    static List<ProblemView> problems(List<BankProblem> problems, Language language, MessageSource messages) {
        return problems.stream()
                .map(p -> new ProblemView(
                        ProblemLocations.localize(p.location(), messages, language.locale()),
                        messages.getMessage(
                                p.messageKey(), p.arguments().toArray(), p.messageKey(), language.locale())))
                .toList();
    }
}
