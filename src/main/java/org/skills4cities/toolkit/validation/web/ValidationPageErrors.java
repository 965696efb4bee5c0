package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.validation.CaseNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * For the validation pages: a case or piece of evidence that does not exist, or that the person may not see, answers
 * the site's 404 page, the same in both cases; so does an address whose identifier is not one. Named by type, so that
 * the API keeps its problem details.
 */
@ControllerAdvice(assignableTypes = {ValidationPages.class, CasePages.class, EvidencePages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ValidationPageErrors {

    private final Pages pages;

    ValidationPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({CaseNotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
