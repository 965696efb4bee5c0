package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.EvidenceRejected;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.Refused;
import org.skills4cities.toolkit.validation.ValidationCase;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * Shows the case page, and takes a step from one of its forms: done, the browser goes back to the page with a notice
 * (a new GET, so that reloading does not take the step again); refused, the page is shown again with the reason, in
 * the reader's language, and the status that says it (409, 400, 413, 415).
 */
@Component
class CasePage {

    /** The notices a step may leave, by the code in the address. */
    static final Set<String> NOTICES = Set.of(
            "opened",
            "edit-claims",
            "confirm-claims",
            "add-evidence",
            "remove-evidence",
            "submit-portfolio",
            "assign-assessor",
            "rate",
            "ask-for-evidence",
            "decide",
            "withdraw");

    private final ValidationCases cases;
    private final FrameworkCatalogue catalogue;
    private final Pages pages;

    CasePage(ValidationCases cases, FrameworkCatalogue catalogue, Pages pages) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    String show(
            Account viewer,
            CaseFile file,
            HttpServletRequest request,
            ModelMap model,
            @Nullable String problem,
            @Nullable String notice) {
        ValidationCase c = file.validationCase();
        Framework framework = catalogue.get(c.framework().slug(), c.framework().version());
        CaseView view = new CaseView(
                file,
                cases.standing(viewer, file),
                viewer,
                framework,
                framework.role(c.role()).orElseThrow());
        Page page = pages.of(request, "app.name");
        model.addAttribute(
                "page",
                page.titled(page.t(
                        "validation.case.title", page.text(view.role().title()).text())));
        model.addAttribute("view", view);
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? "validation.notice." + notice : null);
        return "validation/case";
    }

    /** Takes the step; on success back to the case page with the step's notice, on refusal the page with the reason. */
    String attempt(CaseForm form, UUID id, String notice, Function<Account, CaseFile> step) {
        HttpServletRequest request = form.request();
        try {
            step.apply(form.actor());
            return "redirect:/validation/cases/" + id + "?notice=" + notice;
        } catch (Refused e) {
            return refused(form, id, HttpStatus.CONFLICT, message(request, e));
        } catch (InvalidRequest e) {
            return refused(form, id, HttpStatus.BAD_REQUEST, message(request, e));
        } catch (EvidenceRejected e) {
            return refused(form, id, HttpStatus.valueOf(e.reason().status()), message(request, e));
        }
    }

    private String refused(CaseForm form, UUID id, HttpStatus status, String message) {
        form.response().setStatus(status.value());
        Account viewer = form.actor();
        return show(viewer, cases.get(viewer, id), form.request(), form.model(), message, null);
    }

    String message(HttpServletRequest request, Refused e) {
        return pages.of(request, "app.name").t(e.messageKey(), e.arguments().toArray());
    }

    String message(HttpServletRequest request, InvalidRequest e) {
        Page page = pages.of(request, "app.name");
        return page.t("validation.field." + e.field()) + ": "
                + page.t(e.messageKey(), e.arguments().toArray());
    }

    /** What {@link UploadLimit} sends a page back to the case to say. */
    String tooLarge(HttpServletRequest request) {
        return message(
                request, new EvidenceRejected(EvidenceRejected.Reason.TOO_LARGE, Portfolios.MAX_FILE / (1024 * 1024)));
    }

    String message(HttpServletRequest request, EvidenceRejected e) {
        return pages.of(request, "app.name")
                .t(e.reason().messageKey(), e.arguments().toArray());
    }
}
