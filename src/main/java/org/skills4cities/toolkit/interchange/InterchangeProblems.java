package org.skills4cities.toolkit.interchange;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An export format the toolkit does not write answers 400, naming the formats it does, in the caller's language. */
@RestControllerAdvice(basePackageClasses = InterchangeProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InterchangeProblems {

    private final MessageSource messages;

    InterchangeProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail unsupported(CaseApiController.UnsupportedFormat e, HttpServletRequest request) {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.unsupportedFormat.detail", new Object[] {e.format}, language.locale()));
        problem.setTitle(messages.getMessage("problem.unsupportedFormat.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return problem;
    }
}
