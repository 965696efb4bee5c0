package org.skills4cities.toolkit.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.importing.FrameworkImport;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of a framework file over the API, in any format the import path reads, with a dry run that changes
 * nothing. Needs a token of someone who may write the framework.
 */
@RestController
@Tag(name = "Framework authoring")
class ImportApi {

    private final FrameworkImport imports;
    private final Writers writers;
    private final AuthoringViews views;
    private final int maxUpload;

    ImportApi(
            FrameworkImport imports,
            Writers writers,
            AuthoringViews views,
            @Value("${toolkit.interchange.max-upload:20MB}") DataSize maxUpload) {
        this.maxUpload = (int) maxUpload.toBytes();
        this.imports = imports;
        this.writers = writers;
        this.views = views;
    }

    @PostMapping(path = "/api/v1/frameworks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a framework file (part 'file'); with dryRun=true, say what would happen and change"
                    + " nothing")
    ResponseEntity<AuthoringViews.PlanView> importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "json, case, csv, xlsx, digcomp or esco") @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "framework id (slug) to store it under, for formats without one")
                    @RequestParam(required = false)
                    @Nullable
                    String id,
            @RequestParam(required = false) @Nullable String version,
            @Parameter(description = "codes or identifiers of items and roles the file no longer holds, to delete")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> remove,
            @Parameter(description = "the organisation a new framework belongs to")
                    @RequestParam(required = false)
                    @Nullable
                    UUID organisation,
            Principal principal,
            Language language)
            throws IOException {
        return importBytes(file.getBytes(), format, dryRun, id, version, remove, organisation, principal, language);
    }

    @PostMapping(
            path = "/api/v1/frameworks/import",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "text/csv",
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/ld+json"
            })
    @Operation(summary = "Import a framework file sent as the request body")
    ResponseEntity<AuthoringViews.PlanView> importBody(
            jakarta.servlet.http.HttpServletRequest body,
            @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable List<String> remove,
            @RequestParam(required = false) @Nullable UUID organisation,
            Principal principal,
            Language language)
            throws IOException {
        byte[] content;
        try (var in = body.getInputStream()) {
            content = in.readNBytes(maxUpload + 1);
        }
        return importBytes(content, format, dryRun, id, version, remove, organisation, principal, language);
    }

    private ResponseEntity<AuthoringViews.PlanView> importBytes(
            byte[] content,
            String format,
            boolean dryRun,
            @Nullable String id,
            @Nullable String version,
            @Nullable List<String> remove,
            @Nullable UUID organisation,
            Principal principal,
            Language language) {
        if (content.length > maxUpload) {
            throw rejected("file", "fileTooLarge", maxUpload / (1024 * 1024));
        }
        Set<String> removals = new HashSet<>();
        if (remove != null) {
            remove.stream()
                    .flatMap(r -> Arrays.stream(r.split(",")))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .forEach(removals::add);
        }
        var request = new FrameworkImport.Request(
                content,
                format,
                new ReadOptions(blankToNull(id), blankToNull(version)),
                removals,
                writers.of(principal, organisation));
        var plan = dryRun ? imports.dryRun(request) : imports.apply(request);
        var view = views.plan(plan, language);
        if (!dryRun && plan.outcome() == org.skills4cities.toolkit.framework.importing.ImportPlan.Outcome.CREATE) {
            return ResponseEntity.created(
                            URI.create("/api/v1/frameworks/" + plan.slug() + "/versions/" + plan.version()))
                    .body(view);
        }
        return ResponseEntity.ok(view);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FrameworkRejected rejected(String location, String code, Object... arguments) {
        return new FrameworkRejected(List.of(ImportProblem.at(location, code, arguments)));
    }
}
