package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.Refused;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.skills4cities.toolkit.validation.ValidationCases.Filter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's "My validation" page (their cases, and the form that opens one) and the assessor's "Cases of my
 * body" page (unassigned, assigned to me, all).
 */
@Controller
class ValidationPages {

    private final ValidationCases cases;
    private final CasePage casePage;
    private final Pages pages;

    ValidationPages(ValidationCases cases, CasePage casePage, Pages pages) {
        this.cases = cases;
        this.casePage = casePage;
        this.pages = pages;
    }

    @GetMapping("/validation")
    String mine(CaseForm form) {
        return mine(form, null, null, null);
    }

    @PostMapping("/validation/cases")
    String open(
            @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String body, CaseForm form) {
        try {
            CaseFile file = cases.open(form.actor(), role, uuid(body));
            return "redirect:/validation/cases/" + file.id() + "?notice=opened";
        } catch (Refused e) {
            form.response().setStatus(HttpStatus.CONFLICT.value());
            return mine(form, casePage.message(form.request(), e), role, body);
        } catch (InvalidRequest e) {
            form.response().setStatus(HttpStatus.BAD_REQUEST.value());
            return mine(form, casePage.message(form.request(), e), role, body);
        }
    }

    @GetMapping("/validation/body")
    String body(@RequestParam(defaultValue = "unassigned") String filter, CaseForm form) {
        Account assessor = form.actor();
        ModelMap model = form.model();
        HttpServletRequest request = form.request();
        Filter chosen = switch (filter) {
            case "mine" -> Filter.MINE;
            case "all" -> Filter.ALL;
            default -> Filter.UNASSIGNED;
        };
        model.addAttribute("page", pages.of(request, "validation.body.title"));
        model.addAttribute("bodies", cases.assessorOf(assessor));
        model.addAttribute("filter", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("cases", cases.ofBodies(assessor, chosen));
        return "validation/body";
    }

    private String mine(CaseForm form, @Nullable String problem, @Nullable String role, @Nullable String body) {
        Account candidate = form.actor();
        ModelMap model = form.model();
        HttpServletRequest request = form.request();
        model.addAttribute("page", pages.of(request, "validation.mine.title"));
        model.addAttribute("cases", cases.ofCandidate(candidate));
        model.addAttribute("roles", cases.roles());
        model.addAttribute("bodies", cases.bodies());
        model.addAttribute("assessment", cases.selfAssessment(candidate));
        model.addAttribute("assessor", !cases.assessorOf(candidate).isEmpty());
        model.addAttribute("problem", problem);
        model.addAttribute("role", role);
        model.addAttribute("body", body);
        return "validation/mine";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("body", "unknownBody", value);
        }
    }
}
