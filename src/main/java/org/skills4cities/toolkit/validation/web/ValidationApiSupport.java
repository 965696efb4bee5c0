package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.CaseNotFound;
import org.skills4cities.toolkit.validation.EvidenceRejected;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.Refused;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the validation API answers when a step is not taken, as RFC 9457 problem details in the caller's language: a
 * refused step 409 with the case's current {@code phase}, the {@code transition} and the {@code reason}; a value that
 * cannot be taken 400 naming the {@code field}; a file not taken 413, 415 or 409 with its {@code reason}; a case or
 * piece of evidence the caller may not see 404, the same as one that does not exist. The API controllers extend it,
 * so that these handlers come before the application-wide ones; it also writes the case answer they share.
 */
abstract class ValidationApiSupport {

    private final MessageSource messages;
    private final Accounts accounts;
    private final ValidationCases cases;

    ValidationApiSupport(MessageSource messages, Accounts accounts, ValidationCases cases) {
        this.messages = messages;
        this.accounts = accounts;
        this.cases = cases;
    }

    /** The case as this caller may see it, with what comes next in the caller's language. */
    CaseAnswer answer(Account actor, CaseFile file, HttpServletRequest request) {
        return CaseAnswer.of(file, cases.standing(actor, file), message(request, CaseView.next(file.validationCase())));
    }

    /** The caller's account; a token whose account has gone reaches nothing. */
    Account account(Principal principal) {
        return CaseFormArguments.account(accounts, principal);
    }

    /** A case or evidence that does not exist or is not the caller's, or an address whose identifier is not one. */
    @ExceptionHandler({CaseNotFound.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.NOT_FOUND,
                "validation.problem.notFound.title",
                message(request, "validation.problem.notFound.detail", request.getRequestURI()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(
                request,
                HttpStatus.CONFLICT,
                "validation.problem.refused.title",
                message(request, e.messageKey(), e.arguments().toArray()));
        answer.getBody().setProperty("phase", e.phase().code());
        answer.getBody()
                .setProperty(
                        "transition",
                        e.transition() == null ? "open" : e.transition().code());
        answer.getBody().setProperty("reason", e.reason());
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e, HttpServletRequest request) {
        String detail = message(request, "validation.field." + e.field()) + ": "
                + message(request, e.messageKey(), e.arguments().toArray());
        ResponseEntity<ProblemDetail> answer =
                answer(request, HttpStatus.BAD_REQUEST, "validation.problem.invalid.title", detail);
        answer.getBody().setProperty("field", e.field());
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(EvidenceRejected e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = answer(
                request,
                HttpStatus.valueOf(e.reason().status()),
                "validation.rejected.title",
                message(request, e.reason().messageKey(), e.arguments().toArray()));
        answer.getBody()
                .setProperty(
                        "reason", e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return answer;
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language(request).locale());
    }

    private ResponseEntity<ProblemDetail> answer(
            HttpServletRequest request, HttpStatus status, String titleKey, String detail) {
        Language language = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleKey, null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    static Language language(HttpServletRequest request) {
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
