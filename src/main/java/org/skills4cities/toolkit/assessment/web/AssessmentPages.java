package org.skills4cities.toolkit.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.AssessmentNotFound;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The guided self-assessment: choose a framework and a target role (or none), then one competence area per step,
 * each competence rated by reading its level descriptors, with an optional note of evidence; every step is saved.
 * Without an account the person gets a private resume link, shown on every step; with one, the assessment is kept
 * in the account's history.
 */
@Controller
class AssessmentPages {

    static final String DEFAULT_FRAMEWORK = "skills4cities";
    private static final String TOKENS = "s4c.assessmentTokens";

    private final Assessments assessments;
    private final FrameworkCatalogue catalogue;
    private final AssessmentAccess access;
    private final Pages pages;
    private final String baseUrl;
    private final StepRatings stepRatings;

    AssessmentPages(
            Assessments assessments,
            FrameworkCatalogue catalogue,
            AssessmentAccess access,
            Pages pages,
            StepRatings stepRatings,
            @Value("${toolkit.base-url}") String baseUrl) {
        this.stepRatings = stepRatings;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.access = access;
        this.pages = pages;
        this.baseUrl = withoutSlash(baseUrl);
    }

    /** The platform's address as configured ({@code toolkit.base-url}), never the Host header a client sent. */
    static String withoutSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/assessments/new")
    String start(
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            @RequestParam(required = false) @Nullable String role,
            HttpServletRequest request,
            Model model) {
        Framework chosen = catalogue.get(framework);
        model.addAttribute("page", pages.of(request, "assessment.new.title"));
        model.addAttribute("framework", chosen);
        model.addAttribute("roles", activeRoles(chosen));
        model.addAttribute("role", role);
        model.addAttribute("deleted", request.getParameter("deleted") != null);
        return "assessment/new";
    }

    @PostMapping("/assessments")
    String create(
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            @RequestParam(defaultValue = "") String role,
            @Nullable Principal principal,
            HttpSession session) {
        Assessments.Created created = assessments.create(
                framework,
                null,
                role.isBlank() ? null : role,
                List.of(),
                access.account(principal).map(Account::id).orElse(null));
        Assessment assessment = created.assessment();
        if (created.accessToken() != null) {
            access.grant(session, assessment.id());
            Map<String, String> tokens = tokens(session);
            tokens.put(assessment.id().toString(), created.accessToken());
            session.setAttribute(TOKENS, tokens);
        }
        Framework chosen = assessments.framework(assessment.framework());
        return "redirect:/assessments/" + assessment.id() + "/areas/"
                + areas(chosen).getFirst().code();
    }

    @GetMapping("/assessments/resume/{token}")
    String resume(@PathVariable String token, HttpSession session) {
        Assessment assessment = assessments.byToken(token).orElseThrow(() -> new AssessmentNotFound("resume"));
        access.grant(session, assessment.id());
        Map<String, String> tokens = tokens(session);
        tokens.put(assessment.id().toString(), token);
        session.setAttribute(TOKENS, tokens);
        return "redirect:/assessments/" + assessment.id();
    }

    /** Where to go on: the first area with a competence not rated yet, else the report. */
    @GetMapping("/assessments/{id}")
    String next(@PathVariable String id, @Nullable Principal principal, HttpSession session) {
        Assessment assessment = access.page(id, principal, session);
        Framework framework = assessments.framework(assessment.framework());
        return areas(framework).stream()
                .filter(area -> competences(area).stream()
                        .anyMatch(c -> assessment.rating(c.code()).isEmpty()))
                .findFirst()
                .map(area -> "redirect:/assessments/" + id + "/areas/" + area.code())
                .orElse("redirect:/assessments/" + id + "/report");
    }

    @GetMapping("/assessments/{id}/areas/{area}")
    String area(
            @PathVariable String id,
            @PathVariable String area,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        Assessment assessment = access.page(id, principal, session);
        return step(assessment, area, List.of(), Map.of(), request, session, model);
    }

    @PostMapping("/assessments/{id}/areas/{area}")
    String save(
            @PathVariable String id,
            @PathVariable String area,
            @RequestParam MultiValueMap<String, String> form,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        Assessment assessment = access.page(id, principal, session);
        Framework framework = assessments.framework(assessment.framework());
        FrameworkItem current = area(framework, area);
        Map<String, String> given = new HashMap<>();
        List<String> messages = stepRatings.store(
                assessment, competences(current), form, given, pages.of(request, "assessment.step.title"));
        if (!messages.isEmpty()) {
            return step(assessment, area, messages, given, request, session, model);
        }
        List<FrameworkItem> areas = areas(framework);
        int index = areas.indexOf(current);
        String go = Optional.ofNullable(form.getFirst("go")).orElse("next");
        return switch (go) {
            case "previous" ->
                index > 0
                        ? "redirect:/assessments/" + id + "/areas/"
                                + areas.get(index - 1).code()
                        : "redirect:/assessments/" + id + "/areas/" + area;
            case "stay" -> "redirect:/assessments/" + id + "/areas/" + area + "?saved";
            default ->
                index + 1 < areas.size()
                        ? "redirect:/assessments/" + id + "/areas/"
                                + areas.get(index + 1).code()
                        : "redirect:/assessments/" + id + "/report";
        };
    }

    /**
     * Saves the step as the person goes, on every change (htmx), so that nothing is lost when the browser closes or
     * the session ends; answers a short status, or the problems, for the page's live region (always 200, which htmx
     * swaps in; nothing is stored when there is a problem).
     */
    @PostMapping("/assessments/{id}/areas/{area}/autosave")
    ResponseEntity<String> autosave(
            @PathVariable String id,
            @PathVariable String area,
            @RequestParam MultiValueMap<String, String> form,
            @Nullable Principal principal,
            HttpSession session,
            HttpServletRequest request) {
        Assessment assessment = access.page(id, principal, session);
        FrameworkItem current = area(assessments.framework(assessment.framework()), area);
        Page page = pages.of(request, "assessment.step.title");
        List<String> messages = stepRatings.store(assessment, competences(current), form, new HashMap<>(), page);
        String text = messages.isEmpty() ? page.t("assessment.step.autosaved") : String.join(" ", messages);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(HtmlUtils.htmlEscape(text));
    }

    private String step(
            Assessment assessment,
            String areaCode,
            List<String> problems,
            Map<String, String> given,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Framework framework = assessments.framework(assessment.framework());
        FrameworkItem area = area(framework, areaCode);
        List<FrameworkItem> areas = areas(framework);
        Page untitled = pages.of(request, "assessment.step.title", "");
        Page page = untitled.titled(
                untitled.t("assessment.step.title", untitled.text(area.title()).text()));
        int rated = (int) Assessments.activeCompetences(framework).stream()
                .filter(c -> assessment.rating(c.code()).isPresent())
                .count();
        model.addAttribute("page", page);
        model.addAttribute("assessment", assessment);
        model.addAttribute("framework", framework);
        model.addAttribute(
                "role",
                assessment.role() == null
                        ? null
                        : framework.role(assessment.role()).orElse(null));
        model.addAttribute("area", area);
        model.addAttribute("areas", areas);
        model.addAttribute("index", areas.indexOf(area));
        model.addAttribute("competences", competences(area));
        model.addAttribute("rated", rated);
        model.addAttribute("total", Assessments.activeCompetences(framework).size());
        model.addAttribute("problems", problems);
        model.addAttribute("given", given);
        model.addAttribute("resumeUrl", resumeUrl(assessment, session, baseUrl));
        model.addAttribute("saved", request.getParameter("saved") != null);
        return "assessment/area";
    }

    /** The resume link of an anonymous assessment whose access token this session holds, as a full address. */
    static @Nullable String resumeUrl(Assessment assessment, HttpSession session, String baseUrl) {
        String token =
                assessment.owner() == null ? tokens(session).get(assessment.id().toString()) : null;
        return token == null ? null : baseUrl + "/assessments/resume/" + token;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tokens(HttpSession session) {
        Object value = session.getAttribute(TOKENS);
        return value instanceof HashMap<?, ?> map ? new HashMap<>((Map<String, String>) map) : new HashMap<>();
    }

    static List<RoleProfile> activeRoles(Framework framework) {
        return framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
    }

    /** The framework's shown competence areas that hold shown competences, in order. */
    static List<FrameworkItem> areas(Framework framework) {
        return framework.items().stream()
                .filter(i -> i.state() == ItemState.ACTIVE && !competences(i).isEmpty())
                .toList();
    }

    static List<FrameworkItem> competences(FrameworkItem area) {
        return area.selfAndDescendants()
                .filter(i -> i.isCompetence() && i.state() == ItemState.ACTIVE)
                .toList();
    }

    private static FrameworkItem area(Framework framework, String code) {
        return areas(framework).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssessmentNotFound(code));
    }
}
