package org.skills4cities.toolkit.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Versions, comparison, history, adaptations and edits of frameworks over the API (import: {@link ImportApi}).
 * Reading is open to all, drafts included (they are marked as such); every change needs a token of someone who may
 * write the framework.
 */
@RestController
@Tag(name = "Framework authoring")
class AuthoringApi {

    private final FrameworkAuthoring authoring;
    private final FrameworkCatalogue catalogue;
    private final Writers writers;
    private final AuthoringViews views;

    AuthoringApi(FrameworkAuthoring authoring, FrameworkCatalogue catalogue, Writers writers, AuthoringViews views) {
        this.authoring = authoring;
        this.catalogue = catalogue;
        this.writers = writers;
        this.views = views;
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
            summary = "What changed from another version (by default the one this was derived from, else the one"
                    + " stored before it) to this one: items and roles added, removed and changed, with old and new"
                    + " values")
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
        FrameworkVersion other = catalogue
                .comparisonBase(to, from)
                .orElseThrow(() -> new MissingServletRequestParameterException("from", "String"));
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
                    .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, id, item))
                    .id();
        } else if (role != null) {
            subject = framework
                    .role(role)
                    .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, id, role))
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

    @PostMapping("/api/v1/frameworks/{id}/versions/{version}/edits")
    @Operation(
            summary = "Edit a draft: ops itemText, roleText (item|role, field, lang, text), itemState, roleState"
                    + " (state active|hidden|retired), requirement (role, competence, level 0 removes, mandatory),"
                    + " addItem (parent, code, type, lang, text), addRole (code, eqfLevel, lang, text)")
    AuthoringViews.ComparisonView edit(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody EditRequests.Batch body,
            Principal principal) {
        List<FrameworkEdit> edits = EditRequests.edits(body.edits() == null ? List.of() : body.edits());
        var difference = authoring.edit(id, version, edits, writers.of(principal, null));
        return views.comparison(id + "@" + version, id + "@" + version, difference);
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
}
