package org.skills4cities.toolkit.curriculum.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.Coverage;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.curriculum.Curriculum;
import org.skills4cities.toolkit.curriculum.LearningPaths;
import org.skills4cities.toolkit.curriculum.OfferFilter;
import org.skills4cities.toolkit.curriculum.Unit;
import org.skills4cities.toolkit.curriculum.UnitNotFound;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The curricula package as pages: the modules and units, a unit, the curriculum of a role, the coverage check. */
@Controller
class CurriculumPages {

    static final String DEFAULT_FRAMEWORK = "skills4cities";

    private final Curricula curricula;
    private final FrameworkCatalogue catalogue;
    private final CourseOffers offers;
    private final Accreditations accreditations;
    private final Pages pages;

    CurriculumPages(
            Curricula curricula,
            FrameworkCatalogue catalogue,
            CourseOffers offers,
            Accreditations accreditations,
            Pages pages) {
        this.curricula = curricula;
        this.catalogue = catalogue;
        this.offers = offers;
        this.accreditations = accreditations;
        this.pages = pages;
    }

    @GetMapping("/curricula")
    String index(
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework, HttpServletRequest request, Model model) {
        Framework chosen = catalogue.get(framework);
        model.addAttribute("page", pages.of(request, "curricula.title"));
        model.addAttribute("framework", chosen);
        model.addAttribute("curriculum", curriculum(chosen));
        model.addAttribute("roles", roles(chosen));
        return "curricula/index";
    }

    @GetMapping("/curricula/units/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            HttpServletRequest request,
            Model model) {
        Framework chosen = catalogue.get(framework);
        Curriculum curriculum = curriculum(chosen);
        Unit unit = curriculum.unit(code).orElseThrow(() -> new UnitNotFound(chosen.slug(), code));
        model.addAttribute("page", pages.of(request, "curricula.unit.title", code));
        model.addAttribute("framework", chosen);
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("unit", unit);
        List<CourseOffer> current = offers.currentFor(List.of(code)).get(code);
        model.addAttribute("offers", current);
        model.addAttribute("accredited", accredited(current));
        return "curricula/unit";
    }

    @GetMapping("/curricula/roles/{code}")
    String role(
            @PathVariable String code,
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            HttpServletRequest request,
            Model model) {
        Framework chosen = catalogue.get(framework);
        RoleProfile role = chosen.role(code)
                .filter(r -> r.state() == ItemState.ACTIVE)
                .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, chosen.slug(), code));
        Curriculum curriculum = curriculum(chosen);
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        "curricula.role.title",
                        pages.of(request, "curricula.title").text(role.title()).text()));
        model.addAttribute("framework", chosen);
        model.addAttribute("role", role);
        model.addAttribute("path", LearningPaths.forRole(curriculum, chosen, role));
        model.addAttribute("coverage", Coverage.of(curriculum, chosen, role));
        return "curricula/role";
    }

    @GetMapping("/curricula/coverage")
    String coverage(
            @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework, HttpServletRequest request, Model model) {
        Framework chosen = catalogue.get(framework);
        Curriculum curriculum = curriculum(chosen);
        model.addAttribute("page", pages.of(request, "curricula.coverage.title"));
        model.addAttribute("framework", chosen);
        model.addAttribute(
                "coverages",
                roles(chosen).stream()
                        .map(r -> Coverage.of(curriculum, chosen, r))
                        .toList());
        return "curricula/coverage";
    }

    @GetMapping("/offers")
    String offers(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(defaultValue = "false") boolean online,
            HttpServletRequest request,
            Model model) {
        OfferFilter filter = new OfferFilter(unit, language, online);
        model.addAttribute("page", pages.of(request, "offers.title"));
        List<CourseOffer> current = offers.current(filter);
        model.addAttribute("offers", current);
        model.addAttribute("accredited", accredited(current));
        model.addAttribute("filter", filter);
        model.addAttribute("curricula", curricula.all());
        return "curricula/offers";
    }

    /** The providers of these offers that hold a current accreditation, whose offers link to the registry. */
    private Set<UUID> accredited(List<CourseOffer> shown) {
        return shown.stream()
                .map(CourseOffer::provider)
                .distinct()
                .filter(provider -> accreditations.currentFor(provider).isPresent())
                .collect(Collectors.toSet());
    }

    static Curriculum curriculum(Curricula curricula, Framework framework) {
        return curricula.of(framework).orElseThrow(() -> new UnitNotFound(framework.slug(), ""));
    }

    private Curriculum curriculum(Framework framework) {
        return curricula.of(framework).orElseThrow(() -> new UnitNotFound(framework.slug(), ""));
    }

    static List<RoleProfile> roles(Framework framework) {
        return framework.roles().stream()
                .filter(r -> r.state() == ItemState.ACTIVE)
                .toList();
    }
}
