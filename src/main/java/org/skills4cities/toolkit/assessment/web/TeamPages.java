package org.skills4cities.toolkit.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.printing.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team view of a city administration for its HR managers: the page (members who share, heatmap, the team's gaps,
 * training needs) and the same as a workbook. Downloading the workbook is recorded in the audit log, since it takes
 * the members' levels out of the platform.
 */
@Controller
class TeamPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CityTeams teams;
    private final Pages pages;
    private final AuditLog audit;

    TeamPages(CityTeams teams, Pages pages, AuditLog audit) {
        this.teams = teams;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/organisations/{id}/team")
    String team(
            @PathVariable UUID id,
            @RequestParam(defaultValue = CityTeams.DEFAULT_FRAMEWORK) String framework,
            @RequestParam(required = false) @Nullable String role,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        CityTeam team = teams.of(principal, id, framework, role);
        model.addAttribute(
                "page", pages.of(request, "team.title", team.organisation().name()));
        model.addAttribute("team", team);
        return "assessment/team";
    }

    @GetMapping("/organisations/{id}/team.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable UUID id,
            @RequestParam(defaultValue = CityTeams.DEFAULT_FRAMEWORK) String framework,
            @RequestParam(required = false) @Nullable String role,
            Principal principal,
            HttpServletRequest request) {
        CityTeam team = teams.of(principal, id, framework, role);
        Page page = pages.of(request, "team.title", team.organisation().name());
        byte[] workbook = TeamWorkbook.of(team, page);
        String roleCode = team.view().role().code();
        audit.record(team.viewer().id(), team.viewer().email(), "team.exported", "organisation " + id, id, roleCode);
        String language = page.language().code();
        String name = page.t(
                "team.fileName",
                team.organisation().name(),
                page.text(team.view().role().title()).text());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment("team-" + roleCode + "-" + language, name, "xlsx"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook);
    }
}
