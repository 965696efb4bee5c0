package org.skills4cities.toolkit.explorer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
 * problem details for the API, with a title and detail in the request's language. Neither says more than the status
 * and the address.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 415, 500);

    private final Pages pages;
    private final MessageSource messages;

    ErrorPages(Pages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
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
        String path = uri == null ? "" : uri.toString();
        if (uri != null) {
            problem.setInstance(URI.create(path));
        }
        Language language = language(request);
        if (EXPLAINED.contains(status.value())) {
            String key = "problem.status." + status.value();
            problem.setTitle(messages.getMessage(key + ".title", null, language.locale()));
            problem.setDetail(messages.getMessage(key + ".detail", new Object[] {path}, language.locale()));
        }
        problem.setProperty("language", language.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The language of the request that failed: its {@code lang}, else {@code Accept-Language}, else English. */
    private static Language language(HttpServletRequest request) {
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
