package org.skills4cities.toolkit.validation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Claim;
import org.skills4cities.toolkit.validation.Decision;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationCases.Filter;
import org.skills4cities.toolkit.validation.web.CaseAnswer.Party;
import org.skills4cities.toolkit.validation.web.CaseAnswer.Summary;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validation cases as JSON (Bearer token): the certification bodies, the caller's cases as candidate and as assessor,
 * one case, and each step of it. A refused step answers 409 with the case's current phase and the reason.
 */
@RestController
@RequestMapping("/api/v1/validation")
@Tag(name = "Validation")
class ValidationApi extends ValidationApiSupport {

    private final ValidationCases cases;

    ValidationApi(ValidationCases cases, MessageSource messages, Accounts accounts) {
        super(messages, accounts, cases);
        this.cases = cases;
    }

    record OpenRequest(@Nullable String role, @Nullable UUID body) {}

    record ClaimsRequest(@Nullable List<Claim> claims) {}

    record CommentRequest(@Nullable String comment) {}

    record AssessorRequest(@Nullable UUID account) {}

    record RatingRequest(
            @Nullable String competence,
            @Nullable Integer level,
            @Nullable String comment) {}

    record EvidenceRequestBody(
            @Nullable String message, @Nullable List<String> competences) {}

    record DecisionRequest(
            @Nullable String decision, @Nullable String reason) {}

    @GetMapping("/bodies")
    List<Party> bodies() {
        return cases.bodies().stream().map(o -> new Party(o.id(), o.name())).toList();
    }

    /** The caller's own cases as candidate. */
    @GetMapping("/cases")
    List<Summary> mine(Principal principal) {
        return cases.ofCandidate(account(principal)).stream().map(Summary::of).toList();
    }

    /** The cases of the bodies the caller assesses for: {@code unassigned} (default), {@code mine} or {@code all}. */
    @GetMapping("/assessor/cases")
    List<Summary> body(@RequestParam(defaultValue = "unassigned") String filter, Principal principal) {
        Filter chosen = switch (filter) {
            case "mine" -> Filter.MINE;
            case "all" -> Filter.ALL;
            case "unassigned" -> Filter.UNASSIGNED;
            default -> throw new InvalidRequest("filter", "filter");
        };
        return cases.ofBodies(account(principal), chosen).stream()
                .map(Summary::of)
                .toList();
    }

    @PostMapping("/cases")
    ResponseEntity<CaseAnswer> open(@RequestBody OpenRequest body, Principal principal, HttpServletRequest request) {
        if (body.role() == null || body.role().isBlank()) {
            throw new InvalidRequest("role", "required");
        }
        if (body.body() == null) {
            throw new InvalidRequest("body", "required");
        }
        Account candidate = account(principal);
        CaseFile file = cases.open(candidate, body.role().strip(), body.body());
        return ResponseEntity.created(URI.create("/api/v1/validation/cases/" + file.id()))
                .body(answer(candidate, file, request));
    }

    @GetMapping("/cases/{id}")
    CaseAnswer get(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, cases.get(actor, id), request);
    }

    @PutMapping("/cases/{id}/claims")
    CaseAnswer claims(
            @PathVariable UUID id, @RequestBody ClaimsRequest body, Principal principal, HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, cases.editClaims(actor, id, body.claims() == null ? List.of() : body.claims()), request);
    }

    @PostMapping("/cases/{id}/confirm")
    CaseAnswer confirm(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, cases.confirmClaims(actor, id), request);
    }

    @PostMapping("/cases/{id}/submit")
    CaseAnswer submit(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, cases.submitPortfolio(actor, id), request);
    }

    @PostMapping("/cases/{id}/withdraw")
    CaseAnswer withdraw(
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable CommentRequest body,
            Principal principal,
            HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, cases.withdraw(actor, id, body == null ? null : body.comment()), request);
    }

    /** Assigns the assessor named by {@code account}, or the caller. */
    @PostMapping("/cases/{id}/assessors")
    CaseAnswer assign(
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable AssessorRequest body,
            Principal principal,
            HttpServletRequest request) {
        Account actor = account(principal);
        UUID assessor = body == null || body.account() == null ? actor.id() : body.account();
        return answer(actor, cases.assign(actor, id, assessor), request);
    }

    @PostMapping("/cases/{id}/ratings")
    CaseAnswer rate(
            @PathVariable UUID id, @RequestBody RatingRequest body, Principal principal, HttpServletRequest request) {
        if (body.competence() == null || body.competence().isBlank()) {
            throw new InvalidRequest("competence", "required");
        }
        if (body.level() == null) {
            throw new InvalidRequest("level", "required");
        }
        Account actor = account(principal);
        return answer(
                actor, cases.rate(actor, id, body.competence().strip(), body.level(), text(body.comment())), request);
    }

    @PostMapping("/cases/{id}/requests")
    CaseAnswer ask(
            @PathVariable UUID id,
            @RequestBody EvidenceRequestBody body,
            Principal principal,
            HttpServletRequest request) {
        Account actor = account(principal);
        List<String> competences = body.competences() == null ? List.of() : body.competences();
        return answer(actor, cases.askForEvidence(actor, id, text(body.message()), competences), request);
    }

    @PostMapping("/cases/{id}/decision")
    CaseAnswer decide(
            @PathVariable UUID id, @RequestBody DecisionRequest body, Principal principal, HttpServletRequest request) {
        Decision decision = Decision.ofCode(String.valueOf(body.decision()))
                .orElseThrow(() -> new InvalidRequest("decision", "decision"));
        Account actor = account(principal);
        return answer(actor, cases.decide(actor, id, decision, text(body.reason())), request);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
