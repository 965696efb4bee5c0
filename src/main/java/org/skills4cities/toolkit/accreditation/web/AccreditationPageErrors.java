package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.accreditation.NotFound;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * For the accreditation and registry pages: an application, accreditation, file or registry entry that does not
 * exist, or that the person may not see, answers the site's 404 page, the same in both cases; so does an address
 * whose identifier is not one.
 */
@ControllerAdvice(assignableTypes = {AccreditationPages.class, AccreditedRegistryPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccreditationPageErrors {

    private final Pages pages;

    AccreditationPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
