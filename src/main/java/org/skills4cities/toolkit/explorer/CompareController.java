package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.RoleComparison;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roles side by side. The filter form works as a plain GET; with htmx it swaps only the table in place.
 */
@Controller
class CompareController {

    private final FrameworkCatalogue catalogue;
    private final Pages pages;
    private final RenderedFragments fragments;

    CompareController(FrameworkCatalogue catalogue, Pages pages, RenderedFragments fragments) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.fragments = fragments;
    }

    @GetMapping("/frameworks/{id}/compare")
    String compare(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(defaultValue = "false") boolean mandatoryOnly,
            HttpServletRequest request,
            Model model) {
        Framework framework = catalogue.get(id);
        Page page = pages.of(request, "compare.title");
        String chosenArea = chosenArea(framework, area);
        model.addAttribute("page", page);
        model.addAttribute("framework", framework);
        model.addAttribute("table", table(framework, page, chosenArea, mandatoryOnly));
        model.addAttribute("area", chosenArea);
        model.addAttribute("mandatoryOnly", mandatoryOnly);
        return "compare";
    }

    /** The table alone, for htmx to swap in when a filter changes. */
    @GetMapping(path = "/frameworks/{id}/compare", headers = "HX-Request")
    ResponseEntity<byte[]> table(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(defaultValue = "false") boolean mandatoryOnly,
            HttpServletRequest request) {
        Framework framework = catalogue.get(id);
        Page page = pages.of(request, "compare.title");
        RenderedFragments.Fragment table = table(framework, page, chosenArea(framework, area), mandatoryOnly);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.VARY, "HX-Request, Accept-Language, Cookie")
                .header(HttpHeaders.CONTENT_LANGUAGE, page.language().code())
                .body(table.html());
    }

    private RenderedFragments.Fragment table(Framework framework, Page page, String area, boolean mandatoryOnly) {
        RoleComparison comparison =
                RoleComparison.of(framework, framework.roles(), area.isEmpty() ? null : area, mandatoryOnly);
        Map<String, Object> parameters = Map.of(
                "page", page,
                "framework", framework,
                "comparison", comparison,
                "area", area,
                "mandatoryOnly", mandatoryOnly);
        return fragments.render("compare-table", framework, page, List.of(area, mandatoryOnly), parameters);
    }

    private static String chosenArea(Framework framework, @Nullable String area) {
        return area == null || framework.topLevel(area).isEmpty() ? "" : area;
    }
}
