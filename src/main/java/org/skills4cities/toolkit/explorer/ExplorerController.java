package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemNotFound;
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
    private final RenderedFragments fragments;
    private final String reference;

    ExplorerController(
            FrameworkCatalogue catalogue,
            Pages pages,
            RenderedFragments fragments,
            @Value("${toolkit.explorer.home-framework:skills4cities}") String reference) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.fragments = fragments;
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
        page = page.titled(page.text(framework.title()).text());
        return shell(
                model,
                page,
                fragments.render(
                        "framework",
                        framework,
                        page,
                        List.of(),
                        Map.of(
                                "page",
                                page,
                                "framework",
                                framework,
                                "adaptation",
                                Adaptation.of(framework, catalogue))));
    }

    @GetMapping("/frameworks/{id}/competences/{code}")
    String competence(@PathVariable String id, @PathVariable String code, HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(id);
        FrameworkItem competence =
                framework.item(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, id, code));
        Page page = pages.of(request, "nav.framework");
        page = page.titled(
                competence.code() + " " + page.text(competence.title()).text());
        Map<String, Object> parameters = Map.of(
                "page", page,
                "framework", framework,
                "competence", competence,
                "area", framework.topLevelOf(code).orElse(competence),
                "adaptation", Adaptation.of(framework, catalogue));
        return shell(model, page, fragments.render("competence", framework, page, List.of(code), parameters));
    }

    @GetMapping("/frameworks/{id}/roles/{code}")
    String role(@PathVariable String id, @PathVariable String code, HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(id);
        RoleProfile role = catalogue.role(id, code);
        Page page = pages.of(request, "nav.framework");
        page = page.titled(page.text(role.title()).text());
        Map<String, Object> parameters = Map.of(
                "page", page, "framework", framework, "role", role, "adaptation", Adaptation.of(framework, catalogue));
        return shell(model, page, fragments.render("role", framework, page, List.of(code), parameters));
    }

    private static String shell(Model model, Page page, RenderedFragments.Fragment body) {
        model.addAttribute("page", page);
        model.addAttribute("body", body);
        return "shell";
    }
}
