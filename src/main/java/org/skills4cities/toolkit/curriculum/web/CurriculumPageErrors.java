package org.skills4cities.toolkit.curriculum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.curriculum.UnitNotFound;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A unit that does not exist, or a framework without curricula, answers the site's 404 page. */
@ControllerAdvice(assignableTypes = CurriculumPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CurriculumPageErrors {

    private final Pages pages;

    CurriculumPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(UnitNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
