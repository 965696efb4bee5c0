package org.skills4cities.toolkit.interchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.printing.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Frameworks as files: the export of any framework in each format a {@link FrameworkWriter} writes, and a read-only
 * CASE REST provider of the published ones ({@code /ims/case/v1p1/CFDocuments}, {@code CFPackages/{id}}), in the
 * language of {@code lang}.
 */
@RestController
@Tag(name = "Interchange")
class CaseApiController {

    private final FrameworkCatalogue catalogue;
    private final CasePackages packages;
    private final Map<String, FrameworkWriter> writers;

    CaseApiController(FrameworkCatalogue catalogue, CasePackages packages, List<FrameworkWriter> writers) {
        this.catalogue = catalogue;
        this.packages = packages;
        this.writers = writers.stream().collect(Collectors.toMap(FrameworkWriter::format, Function.identity()));
    }

    @GetMapping("/api/v1/frameworks/{id}/export")
    @Operation(
            summary = "Export a framework as a file: case (1EdTech CASE 1.1 package), csv or xlsx (the spreadsheet"
                    + " template of docs/spreadsheet-format.md); the current version unless one is named")
    ResponseEntity<byte[]> export(
            @PathVariable String id,
            @Parameter(description = "case, csv or xlsx") @RequestParam(defaultValue = "case") String format,
            @Parameter(description = "a version of the framework; the current one when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String version,
            Language language) {
        FrameworkWriter writer = writers.get(format);
        if (writer == null) {
            throw new UnsupportedFormat(format);
        }
        Framework framework = version == null ? catalogue.get(id) : catalogue.get(id, version);
        String name = framework.slug() + "-" + framework.version() + "-" + format + "-" + language.code();
        return ResponseEntity.ok()
                .contentType(writer.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, name, writer.extension()))
                .body(writer.write(framework, language));
    }

    @GetMapping(CasePackages.API + "/CFDocuments")
    @Operation(summary = "CASE: the published frameworks' documents")
    Map<String, Object> documents(Language language) {
        List<Map<String, Object>> documents =
                published().stream().map(f -> packages.document(f, language)).toList();
        return Map.of("CFDocuments", documents);
    }

    @GetMapping(CasePackages.API + "/CFDocuments/{id}")
    @Operation(summary = "CASE: one published framework's document")
    Map<String, Object> document(@PathVariable UUID id, Language language) {
        return packages.document(published(id), language);
    }

    @GetMapping(CasePackages.API + "/CFPackages/{id}")
    @Operation(summary = "CASE: one published framework as a whole package")
    Map<String, Object> pack(@PathVariable UUID id, Language language) {
        return packages.of(published(id), language);
    }

    private List<Framework> published() {
        return catalogue.all().stream()
                .filter(f -> f.status() == FrameworkStatus.PUBLISHED)
                .toList();
    }

    private Framework published(UUID id) {
        return published().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new FrameworkNotFound(id.toString()));
    }

    /** An export format the toolkit does not write (yet). */
    static class UnsupportedFormat extends RuntimeException {

        final String format;

        UnsupportedFormat(String format) {
            super("Unsupported format " + format);
            this.format = format;
        }
    }
}
