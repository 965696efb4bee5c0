package org.skills4cities.toolkit.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleComparison;
import org.skills4cities.toolkit.framework.web.FrameworkViews.CompetenceView;
import org.skills4cities.toolkit.framework.web.FrameworkViews.FrameworkListEntry;
import org.skills4cities.toolkit.framework.web.FrameworkViews.FrameworkView;
import org.skills4cities.toolkit.framework.web.FrameworkViews.RequiredBy;
import org.skills4cities.toolkit.framework.web.FrameworkViews.RoleView;
import org.skills4cities.toolkit.language.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Frameworks, competences, roles and comparisons as JSON, in the language the request asks for. */
@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Competence frameworks, their competences and role profiles")
class FrameworkApiController {

    private final FrameworkCatalogue catalogue;
    private final RenderedFrameworks rendered;

    FrameworkApiController(FrameworkCatalogue catalogue, RenderedFrameworks rendered) {
        this.catalogue = catalogue;
        this.rendered = rendered;
    }

    @GetMapping
    @Operation(summary = "List the frameworks")
    List<FrameworkListEntry> frameworks(Language language) {
        return catalogue.summaries().stream()
                .map(s -> FrameworkListEntry.of(s, language))
                .toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A whole framework: proficiency levels, areas with their competences, and roles")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    ResponseEntity<byte[]> framework(@PathVariable String id, Language language, WebRequest request) {
        Framework framework = catalogue.get(id);
        String etag = "\"" + framework.id() + "-" + language.code() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .body(rendered.framework(framework, language));
    }

    @GetMapping("/{id}/competences/{code}")
    @Operation(summary = "One competence, with the roles that require it")
    CompetenceView competence(@PathVariable String id, @PathVariable String code, Language language) {
        Framework framework = catalogue.get(id);
        FrameworkItem competence = catalogue.competence(id, code);
        FrameworkItem area = framework.topLevelOf(code).orElse(competence);
        return CompetenceView.of(competence, area, language, RequiredBy.of(framework, competence, language));
    }

    @GetMapping("/{id}/roles/{code}")
    @Operation(summary = "One role profile with its requirements")
    RoleView role(@PathVariable String id, @PathVariable String code, Language language) {
        return RoleView.of(catalogue.role(id, code), language);
    }

    @GetMapping("/{id}/compare")
    @Operation(summary = "Roles side by side: the required level of each competence for each role")
    ComparisonView compare(
            @PathVariable String id,
            @Parameter(description = "Comma-separated role codes; all roles when left out")
                    @RequestParam(required = false)
                    @Nullable
                    String roles,
            @Parameter(description = "Only the competences of this area") @RequestParam(required = false) @Nullable
                    String area,
            @RequestParam(defaultValue = "false") boolean mandatoryOnly,
            Language language) {
        Framework framework = catalogue.get(id);
        String chosenArea = area == null || area.isBlank() ? null : area.strip();
        RoleComparison comparison =
                RoleComparison.of(framework, framework.roles(codes(roles)), chosenArea, mandatoryOnly);
        return ComparisonView.of(framework.slug(), comparison, language);
    }

    static List<String> codes(@Nullable String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .toList();
    }
}
