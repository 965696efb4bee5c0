package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import org.skills4cities.toolkit.exam.AnswerRefused;
import org.skills4cities.toolkit.exam.AttemptClosed;
import org.skills4cities.toolkit.exam.ExamNotFound;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The exam page's endpoints answer problems as RFC 9457 problem details in the page's language: a save after the
 * close is 409 naming the closing time (in the session's zone, with its offset), a save before the start 409, a
 * question or option not on the form 400, someone else's attempt 404.
 */
@RestControllerAdvice(assignableTypes = AttemptEndpoints.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttemptProblems {

    private final Pages pages;

    AttemptProblems(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(AttemptClosed.class)
    ProblemDetail closed(AttemptClosed e, HttpServletRequest request) {
        Page page = pages.of(request, "exam.closed.title");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, page.t("exam.closed.detail", ExamTimes.of(page, e.closedAt(), e.zone())));
        problem.setTitle(page.title());
        problem.setProperty("closedAt", e.closedAt().toString());
        return problem;
    }

    @ExceptionHandler(AnswerRefused.class)
    ProblemDetail refused(AnswerRefused e, HttpServletRequest request) {
        Page page = pages.of(request, "exam.answer.refused");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                page.t(e.messageKey(), ExamTimes.arguments(page, e.arguments())));
        problem.setTitle(page.title());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpServletRequest request) {
        Page page = pages.of(request, "exam.answer.refused");
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, page.t("exam.answer.unreadable"));
        problem.setTitle(page.title());
        return problem;
    }

    @ExceptionHandler(ExamNotFound.class)
    ProblemDetail notFound(HttpServletRequest request) {
        Page page = pages.of(request, "error.notFound.title");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, page.t("exam.notFound.detail"));
        problem.setTitle(page.title());
        return problem;
    }
}
