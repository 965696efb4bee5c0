package org.skills4cities.toolkit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.assessment.AssessmentNotFound;
import org.skills4cities.toolkit.assessment.InvalidAssessment;
import org.skills4cities.toolkit.curriculum.InvalidOffer;
import org.skills4cities.toolkit.curriculum.OfferNotFound;
import org.skills4cities.toolkit.curriculum.UnitNotFound;
import org.skills4cities.toolkit.framework.FrameworkNotFound;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.UnknownArea;
import org.skills4cities.toolkit.framework.UnknownRoles;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.skills4cities.toolkit.framework.importing.ProblemLocations;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.skills4cities.toolkit.language.UnsupportedLanguage;
import org.skills4cities.toolkit.search.InvalidSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what went wrong in an API call into RFC 9457 problem details whose title and detail are in the caller's
 * language and name the value at fault. Anything unexpected is logged and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail frameworkNotFound(FrameworkNotFound e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "problem.frameworkNotFound", e.slug());
    }

    @ExceptionHandler
    ProblemDetail itemNotFound(ItemNotFound e, HttpServletRequest request) {
        String key = e.kind() == ItemNotFound.Kind.ROLE ? "problem.roleNotFound" : "problem.competenceNotFound";
        return problem(request, HttpStatus.NOT_FOUND, key, e.code(), e.slug());
    }

    @ExceptionHandler
    ProblemDetail unknownRoles(UnknownRoles e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "problem.unknownRoles", String.join(", ", e.codes()), e.slug());
    }

    @ExceptionHandler
    ProblemDetail unsupportedLanguage(UnsupportedLanguage e, HttpServletRequest request) {
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "problem.unsupportedLanguage", e.requested());
        problem.setProperty(
                "supported",
                List.of(Language.values()).stream().map(Language::code).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidSearch(InvalidSearch e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "problem.invalidSearch." + e.reason(), e.parameter());
    }

    @ExceptionHandler
    ProblemDetail frameworkRejected(FrameworkRejected e, HttpServletRequest request) {
        Locale locale = language(request).locale();
        ProblemDetail problem = problem(
                request,
                HttpStatus.UNPROCESSABLE_CONTENT,
                "problem.frameworkRejected",
                e.problems().size());
        problem.setProperty(
                "problems",
                e.problems().stream()
                        .sorted(ProblemLocations.FILE_ORDER)
                        .map(p -> Map.of(
                                "location",
                                ProblemLocations.localize(p.location(), messages, locale),
                                "code",
                                p.code(),
                                "message",
                                messages.getMessage(
                                        p.messageKey(), p.arguments().toArray(), p.code(), locale)))
                        .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail frameworkForbidden(ImportAccess.Forbidden e, HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "problem.frameworkForbidden", e.slug());
    }

    /** Two people changed the same framework at the same moment; the second change was not made. */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
        log.info("Concurrent change refused at {}: {}", request.getRequestURI(), e.getMessage());
        return problem(request, HttpStatus.CONFLICT, "problem.conflict");
    }

    @ExceptionHandler
    ProblemDetail badUpload(MultipartException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "problem.badUpload");
    }

    /** Spring's own answers to a malformed request, with their title and detail in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        ProblemDetail localized = switch (e) {
            case MissingServletRequestParameterException missing ->
                problem(request, HttpStatus.BAD_REQUEST, "problem.missingParameter", missing.getParameterName());
            case MissingServletRequestPartException missing ->
                problem(request, HttpStatus.BAD_REQUEST, "problem.missingParameter", missing.getRequestPartName());
            case MaxUploadSizeExceededException tooLarge ->
                problem(request, HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge");
            case HttpMediaTypeNotSupportedException unsupported ->
                problem(
                        request,
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "problem.unsupportedMediaType",
                        String.valueOf(unsupported.getContentType()));
            default -> null;
        };
        return super.handleExceptionInternal(e, localized != null ? localized : body, headers, status, webRequest);
    }

    @ExceptionHandler
    ProblemDetail undecodable(InvalidParameterException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "problem.undecodable");
    }

    @ExceptionHandler
    ProblemDetail unknownArea(UnknownArea e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "problem.unknownArea", e.code(), e.slug());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected");
    }

    @ExceptionHandler
    ProblemDetail invalidAssessment(InvalidAssessment e, HttpServletRequest request) {
        return fieldProblems(
                request,
                "problem.invalidAssessment",
                e.problems().stream()
                        .map(p ->
                                new FieldProblem(p.field(), p.code(), "assessment.problem." + p.code(), p.arguments()))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail unitNotFound(UnitNotFound e, HttpServletRequest request) {
        return e.code().isEmpty()
                ? problem(request, HttpStatus.NOT_FOUND, "problem.noCurricula", e.framework())
                : problem(request, HttpStatus.NOT_FOUND, "problem.unitNotFound", e.code(), e.framework());
    }

    @ExceptionHandler
    ProblemDetail invalidOffer(InvalidOffer e, HttpServletRequest request) {
        return fieldProblems(
                request,
                "offer.invalid",
                e.problems().stream()
                        .map(p -> new FieldProblem(p.field(), p.code(), p.messageKey(), p.arguments()))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail offerNotFound(OfferNotFound e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "offer.notFound");
    }

    @ExceptionHandler
    ProblemDetail assessmentNotFound(AssessmentNotFound e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "problem.assessmentNotFound");
    }

    /** A field of a request body with what is wrong with it, and the message saying so. */
    private record FieldProblem(String field, String code, String messageKey, List<Object> arguments) {}

    /** A 400 answer listing every problem of a request body, each with its field, code and message. */
    /** The most field problems one answer lists; {@code unlisted} says how many more there were. */
    static final int MAX_LISTED = 100;

    private ProblemDetail fieldProblems(HttpServletRequest request, String key, List<FieldProblem> problems) {
        Locale locale = language(request).locale();
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, key, problems.size());
        if (problems.size() > MAX_LISTED) {
            problem.setProperty("unlisted", problems.size() - MAX_LISTED);
        }
        problem.setProperty(
                "problems",
                problems.stream()
                        .limit(MAX_LISTED)
                        .map(p -> Map.of(
                                "field",
                                p.field(),
                                "code",
                                p.code(),
                                "message",
                                messages.getMessage(
                                        p.messageKey(), p.arguments().toArray(), p.code(), locale)))
                        .toList());
        return problem;
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
        Locale locale = language(request).locale();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", arguments, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setProperty("language", Language.of(locale).code());
        return problem;
    }

    private static Language language(HttpServletRequest request) {
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
