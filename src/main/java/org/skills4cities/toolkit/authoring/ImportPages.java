package org.skills4cities.toolkit.authoring;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.importing.FrameworkImport;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.skills4cities.toolkit.framework.importing.ImportPlan;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ReadOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: a person uploads a framework file, sees what the import would do (a dry run, nothing changed) with
 * every warning or problem in their language, and applies it. The file is sent again to apply it, so that nothing is
 * kept between the two steps.
 */
@Controller
class ImportPages {

    private final FrameworkImport imports;
    private final Writers writers;
    private final Pages pages;
    private final AuthoringViews views;
    private final long maxUpload;

    ImportPages(
            FrameworkImport imports,
            Writers writers,
            Pages pages,
            AuthoringViews views,
            @Value("${toolkit.interchange.max-upload:20MB}") DataSize maxUpload) {
        this.imports = imports;
        this.writers = writers;
        this.pages = pages;
        this.views = views;
        this.maxUpload = maxUpload.toBytes();
    }

    @GetMapping("/edit/import")
    String form(Principal principal, HttpServletRequest request, Model model) {
        return page(principal, request, model, null, List.of(), "json");
    }

    @PostMapping("/edit/import")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(defaultValue = "") String version,
            @RequestParam(required = false) @Nullable UUID organisation,
            @RequestParam(defaultValue = "") String remove,
            @RequestParam(defaultValue = "dryRun") String action,
            Principal principal,
            HttpServletRequest request,
            Model model)
            throws IOException {
        Page page = pages.of(request, "import.title");
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("remove", remove);
        model.addAttribute("organisation", organisation);
        if (file.isEmpty() || file.getSize() > maxUpload) {
            List<ImportProblem> problem = List.of(
                    file.isEmpty()
                            ? ImportProblem.at("file", "required", "file")
                            : ImportProblem.at("file", "fileTooLarge", maxUpload / (1024 * 1024)));
            return page(principal, request, model, null, problem, format);
        }
        Set<String> removals = new HashSet<>();
        Arrays.stream(remove.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .forEach(removals::add);
        var importRequest = new FrameworkImport.Request(
                file.getBytes(),
                format,
                new ReadOptions(id.isBlank() ? null : id.strip(), version.isBlank() ? null : version.strip()),
                removals,
                writers.of(principal, organisation));
        try {
            ImportPlan plan = action.equals("apply") ? imports.apply(importRequest) : imports.dryRun(importRequest);
            model.addAttribute("plan", views.plan(plan, page.language()));
        } catch (FrameworkRejected e) {
            return page(principal, request, model, null, e.problems(), format);
        } catch (ImportAccess.Forbidden e) {
            return page(
                    principal, request, model, null, List.of(ImportProblem.at("id", "forbidden", e.slug())), format);
        }
        return page(principal, request, model, model.getAttribute("plan"), List.of(), format);
    }

    private String page(
            Principal principal,
            HttpServletRequest request,
            Model model,
            @Nullable Object plan,
            List<ImportProblem> problems,
            String format) {
        Page page = pages.of(request, "import.title");
        model.addAttribute("page", page);
        model.addAttribute("plan", plan);
        model.addAttribute("problems", views.problems(problems, page.language()));
        model.addAttribute("formats", new TreeSet<>(imports.formats()));
        model.addAttribute("format", format);
        Writers.Access access = writers.of(principal, null);
        model.addAttribute("organisations", access.writingFor());
        model.addAttribute(
                "platformAdmin", access.account() != null && access.account().platformAdmin());
        return "authoring/import";
    }
}
