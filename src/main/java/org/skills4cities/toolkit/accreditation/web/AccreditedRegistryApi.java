package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.accreditation.Accreditation;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.accreditation.Criteria;
import org.skills4cities.toolkit.accreditation.Criterion;
import org.skills4cities.toolkit.accreditation.NotFound;
import org.skills4cities.toolkit.accreditation.RegistryEntry;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public registries as JSON: the entries matching a name, one entry with its history, and the quality
 * criteria in the caller's language. Names, bodies, dates and standing only; an unknown entry answers 404 as
 * problem details in the caller's language.
 */
@RestController
class AccreditedRegistryApi {

    private final Accreditations accreditations;
    private final Criteria criteria;
    private final MessageSource messages;

    AccreditedRegistryApi(Accreditations accreditations, Criteria criteria, MessageSource messages) {
        this.accreditations = accreditations;
        this.criteria = criteria;
        this.messages = messages;
    }

    /** An accreditation as the registry publishes it. */
    record Held(
            String id,
            String standing,
            String body,
            LocalDate validFrom,
            LocalDate validUntil,
            @Nullable String withdrawnAt,
            @Nullable String withdrawnReason,
            @Nullable String renews) {

        static Held of(RegistryEntry.Held held) {
            Accreditation a = held.accreditation();
            return new Held(
                    a.id().toString(),
                    held.standing().code(),
                    a.body(),
                    a.validFrom(),
                    a.validUntil(),
                    a.withdrawnAt() == null ? null : a.withdrawnAt().toString(),
                    a.withdrawnReason(),
                    a.renews() == null ? null : a.renews().toString());
        }
    }

    /** An entry: who, what it stands at today, the body and validity of its latest accreditation, its history. */
    record Entry(
            String id,
            String kind,
            String name,
            @Nullable String organisation,
            String standing,
            String body,
            LocalDate validUntil,
            String url,
            List<Held> history) {

        static Entry of(RegistryEntry e) {
            return new Entry(
                    e.holder().toString(),
                    e.subject().code(),
                    e.name(),
                    e.subject() == Subject.TRAINER ? e.organisation() : null,
                    e.standing().code(),
                    e.latest().body(),
                    e.latest().validUntil(),
                    AccreditedRegistryPages.path(e.subject(), e.holder()),
                    e.history().stream().map(Held::of).toList());
        }
    }

    record Listing(String language, String query, List<Entry> entries) {}

    record CriterionAnswer(String code, String kind, String title, String description, String evidence) {}

    @GetMapping("/api/v1/registry/training-organisations")
    Listing organisations(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        return listing(Subject.TRAINING_ORGANISATION, q, request);
    }

    @GetMapping("/api/v1/registry/trainers")
    Listing trainers(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        return listing(Subject.TRAINER, q, request);
    }

    @GetMapping("/api/v1/registry/training-organisations/{id}")
    Entry organisation(@PathVariable UUID id) {
        return entry(Subject.TRAINING_ORGANISATION, id);
    }

    @GetMapping("/api/v1/registry/trainers/{id}")
    Entry trainer(@PathVariable UUID id) {
        return entry(Subject.TRAINER, id);
    }

    @GetMapping("/api/v1/registry/criteria")
    List<CriterionAnswer> criteria(HttpServletRequest request) {
        Language language = language(request);
        return java.util.stream.Stream.of(Subject.values())
                .flatMap(s -> criteria.of(s).stream())
                .map((Criterion c) -> new CriterionAnswer(
                        c.code(), c.subject().code(), c.title(language), c.description(language), c.evidence(language)))
                .toList();
    }

    private Listing listing(Subject subject, String q, HttpServletRequest request) {
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        return new Listing(
                language(request).code(),
                query,
                accreditations.registry(subject, query).stream().map(Entry::of).toList());
    }

    private Entry entry(Subject subject, UUID id) {
        return accreditations.entry(subject, id).map(Entry::of).orElseThrow(() -> new NotFound(id.toString()));
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        Language language = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                messages.getMessage(
                        "registry.problem.notFound.detail", new Object[] {request.getRequestURI()}, language.locale()));
        problem.setTitle(messages.getMessage("registry.problem.notFound.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    static Language language(HttpServletRequest request) {
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
