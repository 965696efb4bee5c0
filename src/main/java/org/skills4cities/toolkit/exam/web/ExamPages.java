package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.skills4cities.toolkit.exam.Blueprint;
import org.skills4cities.toolkit.exam.Blueprints;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of the certification exams: the roles with an exam, and for each "what the exam is like" — its
 * duration, what each competence area draws, the pass marks and the retake rule, never a question.
 */
@Controller
class ExamPages {

    private final Blueprints blueprints;
    private final FrameworkCatalogue catalogue;
    private final Pages pages;

    ExamPages(Blueprints blueprints, FrameworkCatalogue catalogue, Pages pages) {
        this.blueprints = blueprints;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/exams/roles")
    String roles(HttpServletRequest request, Model model) {
        Framework framework = catalogue.get(blueprints.frameworkSlug());
        model.addAttribute("page", pages.of(request, "exambank.roles.title"));
        model.addAttribute(
                "exams", blueprints.all().stream().map(b -> exam(framework, b)).toList());
        return "exam/roles";
    }

    @GetMapping("/exams/roles/{code}")
    String role(@PathVariable String code, HttpServletRequest request, Model model) {
        Blueprint blueprint =
                blueprints.find(blueprints.frameworkSlug(), code).orElseThrow(() -> new BlueprintNotFound(code));
        Framework framework = catalogue.get(blueprint.frameworkSlug());
        RoleExam exam = exam(framework, blueprint);
        Page page = pages.of(request, "exambank.role.title", "");
        model.addAttribute(
                "page",
                page.titled(page.t("exambank.role.title", page.text(exam.role()).text())));
        model.addAttribute("exam", exam);
        return "exam/role";
    }

    @ExceptionHandler(BlueprintNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    private static RoleExam exam(Framework framework, Blueprint blueprint) {
        LocalizedText role = framework
                .role(blueprint.roleCode())
                .map(RoleProfile::title)
                .orElse(LocalizedText.english(blueprint.roleCode()));
        List<LocalizedText> areas = blueprint.sections().stream()
                .map(s ->
                        framework.topLevel(s.area()).map(item -> item.title()).orElse(LocalizedText.english(s.area())))
                .toList();
        return new RoleExam(BlueprintView.of(blueprint), role, areas);
    }
}
