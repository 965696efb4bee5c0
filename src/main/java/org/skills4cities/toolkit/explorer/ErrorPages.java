package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the servlet container shows for an error no controller handled: a page in the user's language for a browser,
 * problem details for the API. Neither says more than the status.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        HttpStatus status = status(request);
        model.addAttribute(
                "page", pages.of(request, status == HttpStatus.NOT_FOUND ? "error.notFound.title" : "error.title"));
        model.addAttribute("status", status.value());
        model.addAttribute("what", String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        return status == HttpStatus.NOT_FOUND ? "not-found" : "error";
    }

    @RequestMapping("/error")
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
