package org.skills4cities.toolkit.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.language.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over framework texts as JSON. */
@RestController
@Tag(name = "Search")
class SearchApiController {

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search titles, descriptions, level descriptors and statements")
    SearchAnswer search(
            @Parameter(description = "What to look for") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Only this framework") @RequestParam(required = false) @Nullable String framework,
            @Parameter(description = "Search the texts of all six languages, not only the requested one and English")
                    @RequestParam(defaultValue = "false")
                    boolean allLanguages,
            Language language) {
        return new SearchAnswer(q, language.code(), allLanguages, index.search(q, framework, language, allLanguages));
    }

    /**
     * The query as understood, the language asked for, whether all languages were searched, and the hits, best first;
     * each hit's {@code language} is the language its text matched in.
     */
    record SearchAnswer(String query, String language, boolean allLanguages, List<SearchHit> hits) {}
}
