package org.skills4cities.toolkit.translation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.language.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The translation report for editors as JSON. */
@RestController
@Tag(name = "Translation")
class TranslationApiController {

    private final FrameworkCatalogue catalogue;

    TranslationApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/translations")
    @Operation(
            summary = "How far the interface and the frameworks are translated",
            description = "For each of the six languages: the interface messages and the texts of each framework's"
                    + " current version that are written in it, and the list of those that are missing.")
    TranslationReport report(
            @Parameter(description = "Only this framework") @RequestParam(required = false) @Nullable String framework,
            Language language) {
        return TranslationReport.of(framework == null ? catalogue.all() : List.of(catalogue.get(framework)));
    }
}
