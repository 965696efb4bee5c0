package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.translation.TranslationReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The translation report for editors: how much of the interface and of each framework each language has. */
@Controller
class TranslationPageController {

    private final FrameworkCatalogue catalogue;
    private final Pages pages;

    TranslationPageController(FrameworkCatalogue catalogue, Pages pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/translations")
    String report(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "translations.title"));
        List<Framework> frameworks = catalogue.all();
        model.addAttribute("report", TranslationReport.of(frameworks));
        model.addAttribute("titles", frameworks.stream().collect(Collectors.toMap(Framework::slug, Framework::title)));
        return "translations";
    }
}
