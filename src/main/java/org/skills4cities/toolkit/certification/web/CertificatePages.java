package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateNotFound;
import org.skills4cities.toolkit.certification.CertificateRefused;
import org.skills4cities.toolkit.certification.CertificateStatus;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My certificates" and a certificate's page: the holder downloads the PDF, the credential (JSON with its proof, or
 * the VC-JWT) and the European Learning Model export, and lists it in the public registry or not; the assessors of
 * the issuing body suspend, reinstate, revoke and renew it. Everyone else finds no such page.
 */
@Controller
class CertificatePages {

    private final Certificates certificates;
    private final CertificateTexts texts;
    private final Accounts accounts;
    private final Pages pages;

    CertificatePages(Certificates certificates, CertificateTexts texts, Accounts accounts, Pages pages) {
        this.certificates = certificates;
        this.texts = texts;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/certificates")
    String mine(Principal principal, HttpServletRequest request, Model model) {
        Account holder = account(principal);
        Page page = pages.of(request, "certificate.mine.title");
        model.addAttribute("page", page);
        model.addAttribute("certificates", texts.rows(certificates.ofHolder(holder), page));
        model.addAttribute("bodies", certificates.bodiesOf(holder));
        return "certification/mine";
    }

    @GetMapping("/certificates/{id}")
    String show(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        return show(account(principal), id, notice, null, request, model);
    }

    @PostMapping("/certificates/{id}/listing")
    String listing(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean listed,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account holder = account(principal);
        certificates.list(holder, id, listed);
        return "redirect:/certificates/" + id + "?notice=" + (listed ? "listed" : "unlisted");
    }

    @PostMapping("/certificates/{id}/{step:suspend|reinstate|revoke}")
    String step(
            @PathVariable String id,
            @PathVariable String step,
            @RequestParam(defaultValue = "") String reason,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = account(principal);
        try {
            switch (step) {
                case "suspend" -> certificates.suspend(actor, id, reason);
                case "reinstate" -> certificates.reinstate(actor, id, reason);
                default -> certificates.revoke(actor, id, reason);
            }
            return "redirect:/certificates/" + id + "?notice=" + step;
        } catch (CertificateRefused e) {
            response.setStatus(status(e));
            return show(actor, id, null, texts.refusal(pages.of(request, "certificate.title"), e), request, model);
        }
    }

    @PostMapping("/certificates/{id}/renew")
    String renew(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String hours,
            @RequestParam(defaultValue = "") String activities,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = account(principal);
        try {
            certificates.renew(actor, id, hours(hours), activities);
            return "redirect:/certificates/" + id + "?notice=renew";
        } catch (CertificateRefused e) {
            response.setStatus(status(e));
            return show(actor, id, null, texts.refusal(pages.of(request, "certificate.title"), e), request, model);
        }
    }

    static int hours(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new CertificateRefused("hours", "notANumber", typed);
        }
    }

    static int status(CertificateRefused e) {
        return switch (e.field()) {
            case "status", "version", "session" -> HttpStatus.CONFLICT.value();
            default -> HttpStatus.BAD_REQUEST.value();
        };
    }

    private String show(
            Account actor,
            String id,
            @Nullable String notice,
            @Nullable String problem,
            HttpServletRequest request,
            Model model) {
        Certificate certificate = certificates.get(actor, id);
        Page page = pages.of(request, "certificate.title");
        boolean holder = actor.id().equals(certificate.holderId());
        model.addAttribute("page", page);
        model.addAttribute("c", texts.row(certificate, page));
        model.addAttribute("competences", texts.competences(certificate, page));
        model.addAttribute("history", texts.history(certificates.history(actor, id), page, certificate.zone()));
        model.addAttribute("holder", holder);
        model.addAttribute(
                "assessor",
                certificates.bodiesOf(actor).stream()
                        .anyMatch(m -> m.organisationId().equals(certificate.bodyId())));
        model.addAttribute("active", certificate.status() == CertificateStatus.ACTIVE);
        model.addAttribute("suspended", certificate.status() == CertificateStatus.SUSPENDED);
        model.addAttribute("revoked", certificate.status() == CertificateStatus.REVOKED);
        model.addAttribute("cpdHours", certificates.cpdHours());
        model.addAttribute(
                "notice", notice == null ? null : page.t("certificate.notice." + notice.replaceAll("\\W", "")));
        model.addAttribute("problem", problem);
        return "certification/certificate";
    }

    private Account account(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new CertificateNotFound("account"));
    }

    @ExceptionHandler(CertificateNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CertificateNotFound(id);
        }
    }
}
