package org.skills4cities.toolkit.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.InvalidInput;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.PasswordRejected;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The account module's failures, in the caller's language: problem details for the API, an error page for a
 * browser. What the caller may not see is 404, as if it did not exist; what they may see but not change is 403.
 */
@ControllerAdvice(basePackageClasses = AccountProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    private final MessageSource messages;
    private final Pages pages;

    AccountProblems(MessageSource messages, Pages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @ExceptionHandler(Accounts.NotFound.class)
    Object notFound(Accounts.NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "problem.notFound", e.kind(), e.id());
    }

    @ExceptionHandler(Organisations.Forbidden.class)
    Object forbidden(HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "problem.invalidInput", detail(request, e.messageKey()));
    }

    @ExceptionHandler(PasswordRejected.class)
    Object rejected(PasswordRejected e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "problem.invalidInput",
                detail(request, "password.rejected." + e.reason()));
    }

    @ExceptionHandler(AccessTokens.TooManyTokens.class)
    Object tooMany(HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "problem.tooManyTokens", AccessTokens.MAX_ACTIVE);
    }

    @ExceptionHandler(AccountApi.BadLogin.class)
    Object badLogin(HttpServletRequest request) {
        return answer(request, HttpStatus.UNAUTHORIZED, "problem.badLogin");
    }

    private String detail(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, language(request).locale());
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
        Language language = language(request);
        if (!request.getRequestURI().startsWith("/api/")) {
            ModelAndView page = new ModelAndView("error");
            page.addObject("page", pages.of(request, key + ".title"));
            page.addObject("status", status.value());
            page.setStatus(status);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key + ".detail", arguments, language.locale()));
        problem.setTitle(messages.getMessage(key + ".title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    private static Language language(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return Language.of(RequestContextUtils.getLocale(request));
        }
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
