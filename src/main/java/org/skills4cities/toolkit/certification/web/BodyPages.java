package org.skills4cities.toolkit.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateNotFound;
import org.skills4cities.toolkit.certification.CertificateRefused;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A certification body's certificates, for its assessors: the latest issued, the finished exam sessions with the
 * certificates each still has due and a button that issues them all, and the time zone the body's dates are written
 * in.
 */
@Controller
class BodyPages {

    private final Certificates certificates;
    private final CertificateTexts texts;
    private final Accounts accounts;
    private final Pages pages;

    BodyPages(Certificates certificates, CertificateTexts texts, Accounts accounts, Pages pages) {
        this.certificates = certificates;
        this.texts = texts;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/certificates/bodies/{body}")
    String body(
            @PathVariable String body,
            @RequestParam(required = false) @Nullable String notice,
            @RequestParam(required = false) @Nullable String issued,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        return show(account(principal), CertificatePages.uuid(body), notice, issued, null, request, model);
    }

    @PostMapping("/certificates/bodies/{body}/sessions/{session}/issue")
    String issue(
            @PathVariable String body,
            @PathVariable String session,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = account(principal);
        UUID id = CertificatePages.uuid(body);
        try {
            List<Certificate> issued = certificates.issueForSession(actor, id, CertificatePages.uuid(session));
            return "redirect:/certificates/bodies/" + id + "?notice=issued&issued=" + issued.size();
        } catch (CertificateRefused e) {
            response.setStatus(CertificatePages.status(e));
            return show(
                    actor,
                    id,
                    null,
                    null,
                    texts.refusal(pages.of(request, "certificate.body.title"), e),
                    request,
                    model);
        }
    }

    @PostMapping("/certificates/bodies/{body}/zone")
    String zone(
            @PathVariable String body,
            @RequestParam(defaultValue = "") String zone,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Account actor = account(principal);
        UUID id = CertificatePages.uuid(body);
        try {
            ZoneId chosen;
            try {
                chosen = ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw new CertificateRefused("zone", "unknownZone", zone);
            }
            certificates.setZone(actor, id, chosen);
            return "redirect:/certificates/bodies/" + id + "?notice=zone";
        } catch (CertificateRefused e) {
            response.setStatus(CertificatePages.status(e));
            return show(
                    actor,
                    id,
                    null,
                    null,
                    texts.refusal(pages.of(request, "certificate.body.title"), e),
                    request,
                    model);
        }
    }

    private String show(
            Account actor,
            UUID body,
            @Nullable String notice,
            @Nullable String issued,
            @Nullable String problem,
            HttpServletRequest request,
            Model model) {
        Membership membership = certificates.bodiesOf(actor).stream()
                .filter(m -> m.organisationId().equals(body))
                .findFirst()
                .orElseThrow(() -> new CertificateNotFound(body.toString()));
        Page page = pages.of(request, "certificate.body.title");
        model.addAttribute("page", page);
        model.addAttribute("body", membership);
        model.addAttribute("certificates", texts.rows(certificates.ofBody(actor, body), page));
        model.addAttribute("sessions", texts.sessions(certificates.finishedSessions(actor, body), page));
        model.addAttribute("zone", certificates.zone(body).getId());
        model.addAttribute(
                "notice",
                notice == null ? null : page.t("certificate.notice." + notice.replaceAll("\\W", ""), count(issued)));
        model.addAttribute("problem", problem);
        return "certification/body";
    }

    private static int count(@Nullable String issued) {
        try {
            return issued == null ? 0 : Integer.parseInt(issued);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Account account(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new CertificateNotFound("account"));
    }

    @ExceptionHandler(CertificateNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
