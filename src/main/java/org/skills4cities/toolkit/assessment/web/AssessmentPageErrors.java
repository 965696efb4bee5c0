package org.skills4cities.toolkit.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.assessment.AssessmentNotFound;
import org.skills4cities.toolkit.assessment.InvalidAssessment;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For the assessment pages: an assessment that does not exist or is not the person's, or a team view they may not
 * see, answers the site's 404 page; a request the assessment refuses (an unknown role in the address, say) a 400 page
 * that says what is wrong. Named by type: a selection by {@code @Controller} would take in the API controllers too
 * (a {@code @RestController} is one), whose answers must stay problem details.
 */
@ControllerAdvice(assignableTypes = {AssessmentPages.class, ReportPages.class, TeamPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentPageErrors {

    private final Pages pages;

    AssessmentPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({AssessmentNotFound.class, TeamNotFound.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    @ExceptionHandler(InvalidAssessment.class)
    String invalid(InvalidAssessment e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Page page = pages.of(request, "error.title");
        model.addAttribute("page", page);
        model.addAttribute(
                "problems",
                e.problems().stream()
                        .map(p -> page.t(
                                "assessment.problem." + p.code(), p.arguments().toArray()))
                        .toList());
        model.addAttribute(
                "title",
                "GET".equals(request.getMethod()) ? "assessment.refused.readTitle" : "assessment.refused.title");
        return "assessment/refused";
    }
}
