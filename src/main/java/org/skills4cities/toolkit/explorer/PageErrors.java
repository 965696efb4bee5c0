package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For every page controller (API controllers answer problem details first, from the web module): answers a page
 * address that names no framework, version, competence or role, or one the person may not change, with a 404 page,
 * and an address whose query is not valid URL-encoded UTF-8 with a 400 page, both in the user's language and without
 * an error in the log.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final Pages pages;

    PageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({FrameworkNotFound.class, ItemNotFound.class, ImportAccess.Forbidden.class})
    String notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    @ExceptionHandler(InvalidParameterException.class)
    String undecodable(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", pages.of(request, "error.title"));
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "error";
    }
}
