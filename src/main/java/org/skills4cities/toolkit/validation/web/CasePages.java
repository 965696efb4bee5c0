package org.skills4cities.toolkit.validation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.validation.Claim;
import org.skills4cities.toolkit.validation.Decision;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page and the forms on it: the candidate's claims, confirmation, submission and withdrawal; the assessors'
 * assignment, ratings, requests for more evidence and decision. Each form takes one step of {@link ValidationCases}.
 */
@Controller
class CasePages {

    private final ValidationCases cases;
    private final CasePage casePage;

    CasePages(ValidationCases cases, CasePage casePage) {
        this.cases = cases;
        this.casePage = casePage;
    }

    /** The case; {@code notice} names the step just taken, {@code refused=too-large} an upload refused unread. */
    @GetMapping("/validation/cases/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String notice,
            @RequestParam(required = false) @Nullable String refused,
            CaseForm form) {
        String problem = "too-large".equals(refused) ? casePage.tooLarge(form.request()) : null;
        return casePage.show(form.actor(), cases.get(form.actor(), id), form.request(), form.model(), problem, notice);
    }

    /** The levels claimed, as fields {@code claim-A.1=3}. */
    @PostMapping("/validation/cases/{id}/claims")
    String claims(@PathVariable UUID id, @RequestParam Map<String, String> fields, CaseForm form) {
        return casePage.attempt(form, id, "edit-claims", actor -> {
            List<Claim> claims = new ArrayList<>();
            fields.forEach((name, value) -> {
                if (name.startsWith("claim-")) {
                    claims.add(new Claim(name.substring(6), level(value)));
                }
            });
            return cases.editClaims(actor, id, claims);
        });
    }

    @PostMapping("/validation/cases/{id}/confirm")
    String confirm(@PathVariable UUID id, CaseForm form) {
        return casePage.attempt(form, id, "confirm-claims", actor -> cases.confirmClaims(actor, id));
    }

    @PostMapping("/validation/cases/{id}/submit")
    String submit(@PathVariable UUID id, CaseForm form) {
        return casePage.attempt(form, id, "submit-portfolio", actor -> cases.submitPortfolio(actor, id));
    }

    @PostMapping("/validation/cases/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String comment, CaseForm form) {
        return casePage.attempt(form, id, "withdraw", actor -> cases.withdraw(actor, id, comment));
    }

    /** Assigns the assessor named, or the one who sends the form. */
    @PostMapping("/validation/cases/{id}/assessors")
    String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String assessor, CaseForm form) {
        return casePage.attempt(
                form,
                id,
                "assign-assessor",
                actor -> cases.assign(
                        actor, id, assessor == null || assessor.isBlank() ? actor.id() : account(assessor)));
    }

    @PostMapping("/validation/cases/{id}/ratings")
    String rate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String competence,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String comment,
            CaseForm form) {
        return casePage.attempt(form, id, "rate", actor -> cases.rate(actor, id, competence, level(level), comment));
    }

    @PostMapping("/validation/cases/{id}/requests")
    String ask(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(required = false) @Nullable List<String> competences,
            CaseForm form) {
        List<String> named = competences == null ? List.of() : competences;
        return casePage.attempt(form, id, "ask-for-evidence", actor -> cases.askForEvidence(actor, id, message, named));
    }

    @PostMapping("/validation/cases/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason,
            CaseForm form) {
        return casePage.attempt(form, id, "decide", actor -> {
            Decision chosen = Decision.ofCode(decision).orElseThrow(() -> new InvalidRequest("decision", "decision"));
            return cases.decide(actor, id, chosen, reason);
        });
    }

    static int level(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest("level", "wholeLevel", value);
        }
    }

    private static UUID account(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("assessor", "notAssessor");
        }
    }
}
