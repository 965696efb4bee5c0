package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.RoleComparison;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roles side by side. The filter form works as a plain GET; with htmx it swaps only the table in place.
 */
@Controller
class CompareController {

    private final FrameworkCatalogue catalogue;
    private final Pages pages;

    CompareController(FrameworkCatalogue catalogue, Pages pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/frameworks/{id}/compare")
    String compare(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(defaultValue = "false") boolean mandatoryOnly,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletRequest request,
            Model model) {
        Framework framework = catalogue.get(id);
        String chosenArea =
                area == null || area.isBlank() || framework.item(area).isEmpty() ? null : area;
        RoleComparison comparison = RoleComparison.of(framework, framework.roles(), chosenArea, mandatoryOnly);
        model.addAttribute("page", pages.of(request, "compare.title"));
        model.addAttribute("framework", framework);
        model.addAttribute("comparison", comparison);
        model.addAttribute("area", chosenArea == null ? "" : chosenArea);
        model.addAttribute("mandatoryOnly", mandatoryOnly);
        return htmx != null ? "compare-table" : "compare";
    }
}
