package org.skills4cities.toolkit.assessment.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.AssessmentNotFound;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.assessment.GapReports;
import org.skills4cities.toolkit.assessment.ShareLinks;
import org.skills4cities.toolkit.assessment.TeamShares;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.printing.Downloads;
import org.skills4cities.toolkit.printing.PdfRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The gap report of an assessment: the page, its PDF and CSV, the private share links (made, shown once, revoked),
 * sharing with the person's city, keeping an anonymous assessment in one's account, deleting it; the read-only page a
 * share link opens; an account's history of assessments.
 */
@Controller
class ReportPages {

    private final Assessments assessments;
    private final GapReports reports;
    private final ShareLinks links;
    private final TeamShares teamShares;
    private final AssessmentAccess access;
    private final ReportContent content;
    private final Accounts accounts;
    private final Pages pages;
    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final Clock clock;
    private final String baseUrl;

    ReportPages(
            Assessments assessments,
            GapReports reports,
            ShareLinks links,
            TeamShares teamShares,
            AssessmentAccess access,
            ReportContent content,
            Accounts accounts,
            Pages pages,
            TemplateEngine templates,
            PdfRenderer pdf,
            Clock clock,
            @Value("${toolkit.base-url}") String baseUrl) {
        this.baseUrl = AssessmentPages.withoutSlash(baseUrl);
        this.assessments = assessments;
        this.reports = reports;
        this.links = links;
        this.teamShares = teamShares;
        this.access = access;
        this.content = content;
        this.accounts = accounts;
        this.pages = pages;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/assessments/{id}/report")
    String report(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String role,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        Assessment assessment = access.page(id, principal, session);
        GapReport report = reports.report(assessment, role);
        Page page = pages.of(request, "report.title");
        model.addAttribute("page", page);
        model.addAttribute("view", view(report, page, false));
        model.addAttribute("resumeUrl", AssessmentPages.resumeUrl(assessment, session, baseUrl));
        model.addAttribute("links", links.of(assessment.id()));
        model.addAttribute("organisations", organisations(assessment));
        model.addAttribute("sharedWith", teamShares.sharedWith(assessment.id()));
        model.addAttribute("signedIn", access.account(principal).isPresent());
        return "assessment/report";
    }

    @GetMapping("/assessments/{id}/report/pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String role,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request) {
        GapReport report = reports.report(access.page(id, principal, session), role);
        Page page = pages.of(request, "report.title");
        LocalDate printed = LocalDate.ofInstant(clock.instant(), page.zone());
        StringOutput xhtml = new StringOutput();
        templates.render(
                "pdf/gap-report.jte",
                Map.of(
                        "page",
                        page,
                        "view",
                        view(report, page, false),
                        "radar",
                        RadarImage.dataUri(report),
                        "printed",
                        printed),
                xhtml);
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
        byte[] document = pdf.render(xhtml.toString(), base, page.language().code());
        return download(document, MediaType.APPLICATION_PDF, "pdf", report, page);
    }

    @GetMapping("/assessments/{id}/report/csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String role,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request) {
        GapReport report = reports.report(access.page(id, principal, session), role);
        Page page = pages.of(request, "report.title");
        return download(
                ReportCsv.of(report, page),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "csv",
                report,
                page);
    }

    @PostMapping("/assessments/{id}/links")
    String createLink(
            @PathVariable String id,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Assessment assessment = access.page(id, principal, session);
        String token = links.create(assessment.id());
        redirect.addFlashAttribute("newLink", baseUrl + "/shared/" + token);
        return "redirect:/assessments/" + id + "/report#sharing";
    }

    @PostMapping("/assessments/{id}/links/{name}/revoke")
    String revokeLink(
            @PathVariable String id, @PathVariable String name, @Nullable Principal principal, HttpSession session) {
        Assessment assessment = access.page(id, principal, session);
        links.revoke(assessment.id(), name);
        return "redirect:/assessments/" + id + "/report#sharing";
    }

    @PostMapping("/assessments/{id}/organisations")
    String share(
            @PathVariable String id,
            @RequestParam UUID organisation,
            @RequestParam(defaultValue = "share") String action,
            @Nullable Principal principal,
            HttpSession session) {
        Assessment assessment = access.page(id, principal, session);
        if ("withdraw".equals(action)) {
            teamShares.withdraw(assessment, organisation);
        } else if (!teamShares.share(assessment, organisation)) {
            throw new AssessmentNotFound(organisation.toString());
        }
        return "redirect:/assessments/" + id + "/report#team";
    }

    @PostMapping("/assessments/{id}/claim")
    String claim(@PathVariable String id, Principal principal, HttpSession session) {
        Assessment assessment = access.page(id, principal, session);
        Account account = access.account(principal).orElseThrow(() -> new AssessmentNotFound(id));
        assessments.claim(assessment.id(), account.id());
        return "redirect:/assessments/" + id + "/report";
    }

    @PostMapping("/assessments/{id}/delete")
    String delete(@PathVariable String id, @Nullable Principal principal, HttpSession session) {
        Assessment assessment = access.page(id, principal, session);
        assessments.delete(assessment.id());
        return principal == null ? "redirect:/assessments/new?deleted" : "redirect:/account/assessments?deleted";
    }

    @GetMapping("/shared/{token}")
    String shared(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String role,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ShareLinks.Opened opened = links.open(token);
        if (opened.assessment() == null) {
            response.setStatus(opened.revoked() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
            model.addAttribute("page", pages.of(request, "shared.closed.title"));
            model.addAttribute("revoked", opened.revoked());
            return "assessment/shared-closed";
        }
        GapReport report = reports.report(assessments.get(opened.assessment()), role);
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Page page = pages.of(request, "report.sharedTitle");
        model.addAttribute("page", page);
        model.addAttribute("view", view(report, page, true));
        return "assessment/shared";
    }

    @GetMapping("/account/assessments")
    String history(Principal principal, HttpServletRequest request, Model model) {
        Account account = access.account(principal).orElseThrow(() -> new AssessmentNotFound("account"));
        List<ReportView.HistoryEntry> entries = assessments.of(account.id()).stream()
                .map(a -> new ReportView.HistoryEntry(a, reports.report(a, null)))
                .toList();
        model.addAttribute("page", pages.of(request, "history.title"));
        model.addAttribute("entries", entries);
        model.addAttribute("deleted", request.getParameter("deleted") != null);
        return "assessment/history";
    }

    private ReportView view(GapReport report, Page page, boolean shared) {
        return new ReportView(report, content.offers(report), page, shared);
    }

    /** The organisations the owner belongs to, each once, for sharing. */
    private List<Membership> organisations(Assessment assessment) {
        if (assessment.owner() == null) {
            return List.of();
        }
        Map<UUID, Membership> byOrganisation = new HashMap<>();
        accounts.memberships(assessment.owner()).forEach(m -> byOrganisation.putIfAbsent(m.organisationId(), m));
        return byOrganisation.values().stream()
                .sorted(java.util.Comparator.comparing(Membership::organisationName))
                .toList();
    }

    private static ResponseEntity<byte[]> download(
            byte[] body, MediaType type, String extension, GapReport report, Page page) {
        String language = page.language().code();
        String ascii = "gap-report-" + report.role().code() + "-" + language;
        String name = page.t("report.fileName", page.text(report.role().title()).text());
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(ascii, name, extension))
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
