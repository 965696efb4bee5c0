package org.skills4cities.toolkit.authoring;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.language.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editing pages of a draft, for those who may write it (404 for anyone else): the list of items and roles, an
 * item's texts in one language beside the English (title, description, level descriptors, statements), a role's texts
 * and requirements, adding items and roles. Forms are checked as the editor types (htmx) and again when saved.
 */
@Controller
class EditPages {

    private final FrameworkCatalogue catalogue;
    private final FrameworkAuthoring authoring;
    private final Writers writers;
    private final Pages pages;
    private final AuthoringViews views;

    EditPages(
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

    @GetMapping("/edit/frameworks/{id}/{version}")
    String editor(
            @PathVariable String id,
            @PathVariable String version,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        return editorPage(writable(id, version, principal), request, model, List.of(), null);
    }

    @PostMapping("/edit/frameworks/{id}/{version}/items")
    String addItem(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(defaultValue = "") String parent,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "competence") String type,
            @RequestParam(defaultValue = "") String title,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Language language = pages.of(request, "edit.title").language();
        var edit = new FrameworkEdit.AddItem(parent, code.strip(), type.strip(), language.code(), title);
        return save(
                id,
                version,
                List.of(edit),
                principal,
                request,
                model,
                "/edit/frameworks/" + id + "/" + version + "/items/" + code.strip() + "?lang=" + language.code());
    }

    @PostMapping("/edit/frameworks/{id}/{version}/roles")
    String addRole(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "0") int eqfLevel,
            @RequestParam(defaultValue = "") String title,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Language language = pages.of(request, "edit.title").language();
        var edit = new FrameworkEdit.AddRole(code.strip(), eqfLevel, language.code(), title);
        return save(
                id,
                version,
                List.of(edit),
                principal,
                request,
                model,
                "/edit/frameworks/" + id + "/" + version + "/roles/" + code.strip() + "?lang=" + language.code());
    }

    @GetMapping("/edit/frameworks/{id}/{version}/items/{code}")
    String item(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String lang,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        FrameworkItem item = item(framework, code);
        return itemPage(framework, item, language(lang, request), request, model, List.of(), null);
    }

    @PostMapping("/edit/frameworks/{id}/{version}/items/{code}")
    String saveItem(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        FrameworkItem item = item(framework, code);
        Language language = language(form.getFirst("lang"), request);
        List<FrameworkEdit> edits = ItemForm.edits(framework, item, language, form);
        try {
            authoring.edit(id, version, edits, writers.of(principal, null));
        } catch (FrameworkRejected e) {
            return itemPage(framework, item, language, request, model, e.problems(), form);
        }
        return "redirect:/edit/frameworks/" + id + "/" + version + "/items/" + code + "?lang=" + language.code()
                + "&saved";
    }

    @PostMapping("/edit/frameworks/{id}/{version}/items/{code}/check")
    String checkItem(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        FrameworkItem item = item(framework, code);
        Language language = language(form.getFirst("lang"), request);
        var edits = ItemForm.edits(framework, item, language, form);
        return checks(authoring.check(id, version, edits, writers.of(principal, null)), language, request, model);
    }

    /** The problems of a form being typed, for htmx to put beside it. */
    private String checks(List<ImportProblem> problems, Language language, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "edit.title"));
        model.addAttribute("problems", views.problems(problems, language));
        return "authoring/checks";
    }

    @PostMapping("/edit/frameworks/{id}/{version}/roles/{code}/check")
    String checkRole(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        Language language = language(form.getFirst("lang"), request);
        var edits = RoleForm.edits(framework, role(framework, code), language, form);
        return checks(authoring.check(id, version, edits, writers.of(principal, null)), language, request, model);
    }

    @GetMapping("/edit/frameworks/{id}/{version}/roles/{code}")
    String role(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String lang,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        RoleProfile role = role(framework, code);
        return rolePage(framework, role, language(lang, request), request, model, List.of());
    }

    @PostMapping("/edit/frameworks/{id}/{version}/roles/{code}")
    String saveRole(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Framework framework = writable(id, version, principal);
        RoleProfile role = role(framework, code);
        Language language = language(form.getFirst("lang"), request);
        try {
            authoring.edit(id, version, RoleForm.edits(framework, role, language, form), writers.of(principal, null));
        } catch (FrameworkRejected e) {
            return rolePage(framework, role, language, request, model, e.problems());
        }
        return "redirect:/edit/frameworks/" + id + "/" + version + "/roles/" + code + "?lang=" + language.code()
                + "&saved";
    }

    private String save(
            String id,
            String version,
            List<FrameworkEdit> edits,
            Principal principal,
            HttpServletRequest request,
            Model model,
            String next) {
        try {
            authoring.edit(id, version, edits, writers.of(principal, null));
        } catch (FrameworkRejected e) {
            return editorPage(writable(id, version, principal), request, model, e.problems(), null);
        }
        return "redirect:" + next;
    }

    private String editorPage(
            Framework framework,
            HttpServletRequest request,
            Model model,
            List<ImportProblem> problems,
            @Nullable String notice) {
        Page page = pages.of(request, "edit.title");
        model.addAttribute("page", page.titled(page.t("edit.heading", framework.slug(), framework.version())));
        model.addAttribute("framework", framework);
        model.addAttribute("problems", views.problems(problems, page.language()));
        model.addAttribute("notice", notice);
        return "authoring/editor";
    }

    private String itemPage(
            Framework framework,
            FrameworkItem item,
            Language language,
            HttpServletRequest request,
            Model model,
            List<ImportProblem> problems,
            @Nullable MultiValueMap<String, String> form) {
        Page page = pages.of(request, "edit.title");
        model.addAttribute("page", page.titled(item.code() + " – " + page.t("edit.title")));
        model.addAttribute("framework", framework);
        model.addAttribute("item", item);
        model.addAttribute("lang", language);
        model.addAttribute("form", ItemForm.of(framework, item, language, form));
        model.addAttribute("problems", views.problems(problems, page.language()));
        model.addAttribute("saved", request.getParameter("saved") != null);
        return "authoring/item";
    }

    private String rolePage(
            Framework framework,
            RoleProfile role,
            Language language,
            HttpServletRequest request,
            Model model,
            List<ImportProblem> problems) {
        Page page = pages.of(request, "edit.title");
        model.addAttribute("page", page.titled(role.code() + " – " + page.t("edit.title")));
        model.addAttribute("framework", framework);
        model.addAttribute("role", role);
        model.addAttribute("lang", language);
        model.addAttribute("problems", views.problems(problems, page.language()));
        model.addAttribute("saved", request.getParameter("saved") != null);
        return "authoring/role";
    }

    private Framework writable(String id, String version, Principal principal) {
        Framework framework = catalogue.get(id, version);
        if (!writers.of(principal, null).mayWrite(framework.owner())) {
            throw new FrameworkNotFound(id + " " + version);
        }
        return framework;
    }

    private static FrameworkItem item(Framework framework, String code) {
        return framework
                .item(code)
                .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.COMPETENCE, framework.slug(), code));
    }

    private static RoleProfile role(Framework framework, String code) {
        return framework.role(code).orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, framework.slug(), code));
    }

    private Language language(@Nullable String lang, HttpServletRequest request) {
        return lang == null
                ? pages.of(request, "edit.title").language()
                : Language.ofCode(lang).orElse(pages.of(request, "edit.title").language());
    }
}
