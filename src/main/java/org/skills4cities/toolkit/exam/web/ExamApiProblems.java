package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.skills4cities.toolkit.exam.BankNotFound;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The exam API's refusals as problem details in the caller's language: what they may not see does not exist. */
@RestControllerAdvice(assignableTypes = ExamApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExamApiProblems {

    private final MessageSource messages;

    ExamApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({BankNotFound.class, BlueprintNotFound.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, messages.getMessage("exambank.problem.notFound", null, language.locale()));
        problem.setTitle(messages.getMessage("problem.notFound.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }
}
