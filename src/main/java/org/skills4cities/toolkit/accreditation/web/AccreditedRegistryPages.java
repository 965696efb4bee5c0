package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.accreditation.Criteria;
import org.skills4cities.toolkit.accreditation.NotFound;
import org.skills4cities.toolkit.accreditation.RegistryEntry;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registries of accredited training organisations and trainers, searchable by name, with a page per
 * entry showing every accreditation it held (withdrawn and expired ones say so), and the quality criteria. They show
 * names, bodies and dates only: no e-mail address, no statement or evidence.
 */
@Controller
class AccreditedRegistryPages {

    private static final int MAX_QUERY = 200;

    private final Accreditations accreditations;
    private final Criteria criteria;
    private final Pages pages;

    AccreditedRegistryPages(Accreditations accreditations, Criteria criteria, Pages pages) {
        this.accreditations = accreditations;
        this.criteria = criteria;
        this.pages = pages;
    }

    @GetMapping("/registry/training-organisations")
    String organisations(@RequestParam(required = false) @Nullable String q, HttpServletRequest request, Model model) {
        return list(Subject.TRAINING_ORGANISATION, q, request, model);
    }

    @GetMapping("/registry/trainers")
    String trainers(@RequestParam(required = false) @Nullable String q, HttpServletRequest request, Model model) {
        return list(Subject.TRAINER, q, request, model);
    }

    @GetMapping("/registry/training-organisations/{id}")
    String organisation(@PathVariable UUID id, HttpServletRequest request, Model model) {
        return entry(Subject.TRAINING_ORGANISATION, id, request, model);
    }

    @GetMapping("/registry/trainers/{id}")
    String trainer(@PathVariable UUID id, HttpServletRequest request, Model model) {
        return entry(Subject.TRAINER, id, request, model);
    }

    /** The quality criteria of both sets, in the reader's language. */
    @GetMapping("/registry/criteria")
    String criteria(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "registry.criteria.title"));
        model.addAttribute("organisations", criteria.of(Subject.TRAINING_ORGANISATION));
        model.addAttribute("trainers", criteria.of(Subject.TRAINER));
        return "registry/criteria";
    }

    private String list(Subject subject, @Nullable String q, HttpServletRequest request, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        model.addAttribute("page", pages.of(request, "registry." + subject.code() + ".title"));
        model.addAttribute("subject", subject);
        model.addAttribute("query", query);
        model.addAttribute("entries", accreditations.registry(subject, query));
        return "registry/list";
    }

    private String entry(Subject subject, UUID id, HttpServletRequest request, Model model) {
        RegistryEntry entry = accreditations.entry(subject, id).orElseThrow(() -> new NotFound(id.toString()));
        Page page = pages.of(request, "app.name");
        model.addAttribute("page", page.titled(entry.name()));
        model.addAttribute("entry", entry);
        return "registry/entry";
    }

    /** The address of an entry's page. */
    static String path(Subject subject, UUID holder) {
        return "/registry/" + subject.code() + "s/" + holder;
    }
}
