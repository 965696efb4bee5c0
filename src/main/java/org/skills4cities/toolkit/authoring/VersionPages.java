package org.skills4cities.toolkit.authoring;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.FrameworkStatus;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.language.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a framework's versions for everyone (the list, the comparison of any two, the history), and what those
 * who may write it do there: publish a draft, start the next one, derive their organisation's own framework.
 */
@Controller
class VersionPages {

    private final FrameworkCatalogue catalogue;
    private final FrameworkAuthoring authoring;
    private final Writers writers;
    private final Pages pages;
    private final AuthoringViews views;

    VersionPages(
            FrameworkCatalogue catalogue,
            FrameworkAuthoring authoring,
            Writers writers,
            Pages pages,
            AuthoringViews views) {
        this.catalogue = catalogue;
        this.authoring = authoring;
        this.writers = writers;
        this.pages = pages;
        this.views = views;
    }

    @GetMapping("/frameworks/{id}/versions")
    String versions(@PathVariable String id, @Nullable Principal principal, HttpServletRequest request, Model model) {
        Writers.Access access = writers.reader(principal);
        List<FrameworkVersionInfo> versions = catalogue.versions(id);
        if (versions.isEmpty()) {
            throw new FrameworkNotFound(id);
        }
        Framework current = catalogue.get(id);
        Page page = pages.of(request, "versions.title");
        page = page.titled(page.t("versions.heading", page.text(current.title()).text()));
        model.addAttribute("page", page);
        model.addAttribute("framework", current);
        model.addAttribute("versions", versions);
        model.addAttribute("writable", versions.stream().anyMatch(v -> access.mayWrite(v.owner())));
        model.addAttribute("organisations", access.writingFor());
        return "authoring/versions";
    }

    @GetMapping("/frameworks/{id}/versions/{version}/compare")
    String compare(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) @Nullable String from,
            @Nullable Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework to = catalogue.get(id, version);
        FrameworkVersion other = catalogue.comparisonBase(to, from).orElse(null);
        Page page = pages.of(request, "compareVersions.title");
        model.addAttribute("page", page);
        model.addAttribute("framework", to);
        model.addAttribute(
                "versions",
                catalogue.versions(id).stream()
                        .filter(v -> !v.version().equals(version))
                        .filter(v -> v.status() != FrameworkStatus.DRAFT
                                || writers.reader(principal).mayWrite(v.owner()))
                        .toList());
        if (other == null) {
            model.addAttribute("base", null);
            model.addAttribute("difference", null);
            return "authoring/compare";
        }
        Framework before = catalogue.get(other.slug(), other.version());
        model.addAttribute("base", before);
        model.addAttribute("difference", FrameworkComparison.between(before, to));
        return "authoring/compare";
    }

    @GetMapping("/frameworks/{id}/versions/{version}/history")
    String history(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) @Nullable String item,
            @Nullable Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = catalogue.get(id, version);
        UUID subject = null;
        if (item != null && !item.isBlank()) {
            subject = framework
                    .item(item)
                    .map(FrameworkItem::id)
                    .or(() -> framework.role(item).map(RoleProfile::id))
                    .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, id, item));
        }
        model.addAttribute("page", pages.of(request, "history.title"));
        model.addAttribute("framework", framework);
        model.addAttribute("item", item);
        model.addAttribute("changes", catalogue.history(framework, subject));
        return "authoring/history";
    }

    @PostMapping("/edit/frameworks/{id}/{version}/publish")
    String publish(@PathVariable String id, @PathVariable String version, Principal principal) {
        authoring.publish(id, version, writers.of(principal, null));
        return "redirect:/frameworks/" + id + "/versions";
    }

    @PostMapping("/edit/frameworks/{id}/{version}/drafts")
    String newDraft(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(name = "newVersion", defaultValue = "") String newVersion,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        try {
            authoring.newDraft(id, version, newVersion.strip(), writers.of(principal, null));
        } catch (FrameworkRejected e) {
            return versionsWithProblems(id, principal, request, model, e.problems());
        }
        return "redirect:/edit/frameworks/" + id + "/" + newVersion.strip();
    }

    @PostMapping("/edit/frameworks/{id}/{version}/adaptations")
    String adapt(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(name = "newVersion", defaultValue = "1.0") String newVersion,
            @RequestParam(required = false) @Nullable UUID organisation,
            @RequestParam(defaultValue = "") String title,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Language language = pages.of(request, "versions.title").language();
        try {
            authoring.adapt(
                    id,
                    version,
                    slug.strip(),
                    newVersion.strip(),
                    title.isBlank() ? LocalizedText.EMPTY : new LocalizedText(Map.of(language.code(), title.strip())),
                    writers.of(principal, organisation));
        } catch (FrameworkRejected e) {
            return versionsWithProblems(id, principal, request, model, e.problems());
        }
        return "redirect:/edit/frameworks/" + slug.strip() + "/" + newVersion.strip();
    }

    private String versionsWithProblems(
            String id, Principal principal, HttpServletRequest request, Model model, List<ImportProblem> problems) {
        versions(id, principal, request, model);
        model.addAttribute(
                "problems",
                views.problems(problems, pages.of(request, "versions.title").language()));
        return "authoring/versions";
    }
}
