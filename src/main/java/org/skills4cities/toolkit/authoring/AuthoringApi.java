package org.skills4cities.toolkit.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.framework.importing.FrameworkImport;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import, versions, comparison, history, adaptations and edits of frameworks over the API. Reading is open to all,
 * drafts included (they are marked as such); every change needs a token of someone who may write the framework.
 */
@RestController
@Tag(name = "Framework authoring")
class AuthoringApi {

    private final FrameworkImport imports;
    private final FrameworkAuthoring authoring;
    private final FrameworkCatalogue catalogue;
    private final Writers writers;
    private final AuthoringViews views;
    private final int maxUpload;

    AuthoringApi(
            FrameworkImport imports,
            FrameworkAuthoring authoring,
            FrameworkCatalogue catalogue,
            Writers writers,
            AuthoringViews views,
            @Value("${toolkit.interchange.max-upload:20MB}") DataSize maxUpload) {
        this.maxUpload = (int) maxUpload.toBytes();
        this.imports = imports;
        this.authoring = authoring;
        this.catalogue = catalogue;
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

    @GetMapping("/api/v1/frameworks/{id}/versions")
    @Operation(summary = "The versions of a framework, the current one first")
    List<AuthoringViews.VersionView> versions(@PathVariable String id) {
        var versions = catalogue.versions(id);
        if (versions.isEmpty()) {
            throw new FrameworkNotFound(id);
        }
        return versions.stream().map(AuthoringViews::version).toList();
    }

    @GetMapping("/api/v1/frameworks/{id}/versions/{version}/compare")
    @Operation(
            summary = "What changed from another version (by default the version this one was derived from) to"
                    + " this one: items and roles added, removed and changed, with old and new values")
    AuthoringViews.ComparisonView compare(
            @PathVariable String id,
            @PathVariable String version,
            @Parameter(description = "the other version as id@version, or a version of the same framework")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Nullable Principal principal)
            throws MissingServletRequestParameterException {
        Framework to = catalogue.get(id, version);
        FrameworkVersion other = other(to, from);
        Framework before = catalogue.get(other.slug(), other.version());
        return views.comparison(
                before.slug() + "@" + before.version(),
                to.slug() + "@" + to.version(),
                FrameworkComparison.between(before, to));
    }

    @GetMapping("/api/v1/frameworks/{id}/versions/{version}/history")
    @Operation(summary = "The recorded changes of a version, or of one item or role (by code), newest first")
    List<AuthoringViews.ChangeView> history(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String role,
            @Nullable Principal principal) {
        Framework framework = catalogue.get(id, version);
        UUID subject = null;
        if (item != null) {
            subject = framework
                    .item(item)
                    .orElseThrow(() -> rejected("item", "unknownItem", item))
                    .id();
        } else if (role != null) {
            subject = framework
                    .role(role)
                    .orElseThrow(() -> rejected("role", "unknownRole", role))
                    .id();
        }
        return catalogue.history(framework, subject).stream()
                .map(AuthoringViews::change)
                .toList();
    }

    @PostMapping("/api/v1/frameworks/{id}/versions/{version}/publish")
    @Operation(summary = "Publish a draft: from then on it never changes")
    List<AuthoringViews.VersionView> publish(
            @PathVariable String id, @PathVariable String version, Principal principal) {
        authoring.publish(id, version, writers.of(principal, null));
        return versions(id);
    }

    /** The version a new draft gets. */
    record DraftRequest(@Nullable String version) {}

    @PostMapping("/api/v1/frameworks/{id}/versions/{version}/drafts")
    @Operation(summary = "Start a new draft as a copy of this version, keeping every identifier")
    ResponseEntity<AuthoringViews.VersionView> newDraft(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody DraftRequest body,
            Principal principal) {
        String next = required(body.version(), "version");
        Framework draft = authoring.newDraft(id, version, next, writers.of(principal, null));
        return created(draft);
    }

    /** A city's own framework derived from this one: its id (slug), version, organisation and title. */
    record AdaptationRequest(
            @Nullable String id,
            @Nullable String version,
            @Nullable UUID organisation,
            @Nullable Map<String, String> title) {}

    @PostMapping("/api/v1/frameworks/{id}/versions/{version}/adaptations")
    @Operation(summary = "Derive an organisation's own framework from this version, as a draft based on it")
    ResponseEntity<AuthoringViews.VersionView> adapt(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody AdaptationRequest body,
            Principal principal) {
        String slug = required(body.id(), "id");
        Framework adaptation = authoring.adapt(
                id,
                version,
                slug,
                body.version() == null || body.version().isBlank() ? "1.0" : body.version(),
                new LocalizedText(body.title() == null ? Map.of() : body.title()),
                writers.of(principal, body.organisation()));
        return created(adaptation);
    }

    /** One edit; {@code op} says which, and the fields it needs are named in the API documentation. */
    record EditRequest(
            @Nullable String op,
            @Nullable String item,
            @Nullable String role,
            @Nullable String field,
            @Nullable String lang,
            @Nullable String text,
            @Nullable String state,
            @Nullable String competence,
            @Nullable Integer level,
            @Nullable Boolean mandatory,
            @Nullable String parent,
            @Nullable String code,
            @Nullable String type,
            @Nullable Integer eqfLevel) {}

    /** Edits applied together, all or none. */
    record EditsRequest(@Nullable List<EditRequest> edits) {}

    @PostMapping("/api/v1/frameworks/{id}/versions/{version}/edits")
    @Operation(
            summary = "Edit a draft: ops itemText, roleText (item|role, field, lang, text), itemState, roleState"
                    + " (state active|hidden|retired), requirement (role, competence, level 0 removes, mandatory), addItem"
                    + " (parent, code, type, lang, text), addRole (code, eqfLevel, lang, text)")
    AuthoringViews.ComparisonView edit(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody EditsRequest body,
            Principal principal) {
        List<FrameworkEdit> edits = edits(body.edits() == null ? List.of() : body.edits());
        var difference = authoring.edit(id, version, edits, writers.of(principal, null));
        return views.comparison(id + "@" + version, id + "@" + version, difference);
    }

    static List<FrameworkEdit> edits(List<EditRequest> requests) {
        List<FrameworkEdit> edits = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                edits.add(edit(requests.get(i), "/edits/" + i));
            } catch (FrameworkRejected e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(problems);
        }
        return edits;
    }

    private static FrameworkEdit edit(EditRequest e, String at) {
        String op = field(e.op(), at, "op");
        return switch (op) {
            case "itemText" ->
                new FrameworkEdit.ItemText(
                        field(e.item(), at, "item"),
                        field(e.field(), at, "field"),
                        field(e.lang(), at, "lang"),
                        e.text() == null ? "" : e.text());
            case "roleText" ->
                new FrameworkEdit.RoleText(
                        field(e.role(), at, "role"),
                        field(e.field(), at, "field"),
                        field(e.lang(), at, "lang"),
                        e.text() == null ? "" : e.text());
            case "itemState" -> new FrameworkEdit.ItemStateChange(field(e.item(), at, "item"), state(e.state(), at));
            case "roleState" -> new FrameworkEdit.RoleStateChange(field(e.role(), at, "role"), state(e.state(), at));
            case "requirement" ->
                new FrameworkEdit.SetRequirement(
                        field(e.role(), at, "role"),
                        field(e.competence(), at, "competence"),
                        e.level() == null ? 0 : e.level(),
                        Boolean.TRUE.equals(e.mandatory()));
            case "addItem" ->
                new FrameworkEdit.AddItem(
                        e.parent(),
                        field(e.code(), at, "code"),
                        e.type() == null ? "competence" : e.type(),
                        field(e.lang(), at, "lang"),
                        field(e.text(), at, "text"));
            case "addRole" ->
                new FrameworkEdit.AddRole(
                        field(e.code(), at, "code"),
                        e.eqfLevel() == null ? 0 : e.eqfLevel(),
                        field(e.lang(), at, "lang"),
                        field(e.text(), at, "text"));
            default -> throw new FrameworkRejected(List.of(ImportProblem.at(at + "/op", "unknownEdit", op)));
        };
    }

    private static ItemState state(@Nullable String state, String at) {
        String code = field(state, at, "state");
        return ItemState.ofCode(code)
                .orElseThrow(
                        () -> new FrameworkRejected(List.of(ImportProblem.at(at + "/state", "invalidState", code))));
    }

    private static String field(@Nullable String value, String at, String name) {
        if (value == null || value.isBlank()) {
            throw new FrameworkRejected(List.of(ImportProblem.at(at + "/" + name, "required", name)));
        }
        return value;
    }

    /** The version to compare with: the one asked for, else the one this was derived from, else the one before. */
    private FrameworkVersion other(Framework to, @Nullable String from) throws MissingServletRequestParameterException {
        if (from == null || from.isBlank()) {
            if (to.basedOn() != null) {
                return to.basedOn();
            }
            var versions = catalogue.versions(to.slug());
            var self = versions.stream()
                    .filter(v -> v.id().equals(to.id()))
                    .findFirst()
                    .orElseThrow();
            return versions.stream()
                    .filter(v -> v.importedAt().isBefore(self.importedAt()))
                    .max(java.util.Comparator.comparing(FrameworkVersionInfo::importedAt))
                    .map(v -> new FrameworkVersion(v.slug(), v.version()))
                    .orElseThrow(() -> new MissingServletRequestParameterException("from", "String"));
        }
        int at = from.indexOf('@');
        return at < 0
                ? new FrameworkVersion(to.slug(), from)
                : new FrameworkVersion(from.substring(0, at), from.substring(at + 1));
    }

    private ResponseEntity<AuthoringViews.VersionView> created(Framework framework) {
        var info = catalogue.versions(framework.slug()).stream()
                .filter(v -> v.version().equals(framework.version()))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/frameworks/" + framework.slug() + "/versions/" + framework.version()))
                .body(AuthoringViews.version(info));
    }

    private static FrameworkRejected rejected(String location, String code, Object... arguments) {
        return new FrameworkRejected(List.of(ImportProblem.at(location, code, arguments)));
    }

    private static String required(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw rejected("/" + name, "required", name);
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
