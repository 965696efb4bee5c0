package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.skills4cities.toolkit.exam.ExamNotFound;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A body, session or attempt that does not exist for the person asking answers the site's 404 page. */
@ControllerAdvice(assignableTypes = {SessionPages.class, CandidatePages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExamPageErrors {

    private final Pages pages;

    ExamPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ExamNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    /** An identifier from the address; one that is not a UUID names nothing. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ExamNotFound(id);
        }
    }
}
