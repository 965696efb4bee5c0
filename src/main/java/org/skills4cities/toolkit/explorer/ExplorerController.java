package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages that show a framework, one of its competences and one of its roles. */
@Controller
class ExplorerController {

    private final FrameworkCatalogue catalogue;
    private final Pages pages;
    private final String reference;

    ExplorerController(
            FrameworkCatalogue catalogue,
            Pages pages,
            @Value("${toolkit.explorer.home-framework:skills4cities}") String reference) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.reference = reference;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(reference);
        model.addAttribute("page", pages.of(request, "home.title"));
        model.addAttribute("framework", framework);
        return "home";
    }

    @GetMapping("/frameworks/{id}")
    String framework(@PathVariable String id, HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(id);
        Page page = pages.of(request, "nav.framework");
        model.addAttribute("page", page.titled(page.text(framework.title()).text()));
        model.addAttribute("framework", framework);
        return "framework";
    }

    @GetMapping("/frameworks/{id}/competences/{code}")
    String competence(@PathVariable String id, @PathVariable String code, HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(id);
        FrameworkItem competence = catalogue.competence(id, code);
        Page page = pages.of(request, "nav.framework");
        model.addAttribute(
                "page",
                page.titled(
                        competence.code() + " " + page.text(competence.title()).text()));
        model.addAttribute("framework", framework);
        model.addAttribute("competence", competence);
        model.addAttribute("area", framework.topLevelOf(code).orElse(competence));
        return "competence";
    }

    @GetMapping("/frameworks/{id}/roles/{code}")
    String role(@PathVariable String id, @PathVariable String code, HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(id);
        RoleProfile role = catalogue.role(id, code);
        Page page = pages.of(request, "nav.framework");
        model.addAttribute("page", page.titled(page.text(role.title()).text()));
        model.addAttribute("framework", framework);
        model.addAttribute("role", role);
        return "role";
    }
}
