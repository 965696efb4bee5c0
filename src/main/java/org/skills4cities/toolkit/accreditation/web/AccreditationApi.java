package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.accreditation.Accreditation;
import org.skills4cities.toolkit.accreditation.Accreditations;
import org.skills4cities.toolkit.accreditation.Application;
import org.skills4cities.toolkit.accreditation.ApplicationFile;
import org.skills4cities.toolkit.accreditation.Applications;
import org.skills4cities.toolkit.accreditation.InvalidInput;
import org.skills4cities.toolkit.accreditation.NotFound;
import org.skills4cities.toolkit.accreditation.Rating;
import org.skills4cities.toolkit.accreditation.Refused;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications for accreditation as JSON, for a Bearer token or a session: the caller's applications and those to
 * review, each step of {@link Applications}, and withdrawal. A refused step answers 409 problem details with the
 * {@code reason}; a value that cannot be taken 400 (413, 415 for files) naming
 * the {@code field}; an application the caller may not see 404, the same as one that does not exist. In the
 * caller's language.
 */
@RestController
class AccreditationApi {

    private final Applications applications;
    private final Accreditations accreditations;
    private final Accounts accounts;
    private final MessageSource messages;

    AccreditationApi(
            Applications applications, Accreditations accreditations, Accounts accounts, MessageSource messages) {
        this.applications = applications;
        this.accreditations = accreditations;
        this.accounts = accounts;
        this.messages = messages;
    }

    record Named(String id, String name) {}

    record Summary(
            String id,
            String subject,
            String name,
            Named organisation,
            Named body,
            String status,
            @Nullable String assessor,
            Instant updatedAt) {

        static Summary of(Application a) {
            return new Summary(
                    a.id().toString(),
                    a.subject().code(),
                    a.name(),
                    new Named(a.organisationId().toString(), a.organisationName()),
                    new Named(a.bodyId().toString(), a.bodyName()),
                    a.status().code(),
                    a.assessor(),
                    a.updatedAt());
        }
    }

    record EvidenceAnswer(
            String id,
            String kind,
            String label,
            @Nullable String url,
            @Nullable String mediaType,
            long size,
            Instant addedAt,
            @Nullable String file) {}

    record RatingAnswer(String rating, String comment, String assessor, Instant ratedAt) {}

    record CriterionAnswer(
            String code,
            String title,
            @Nullable String statement,
            List<EvidenceAnswer> evidence,
            @Nullable RatingAnswer rating) {}

    record Step(
            Instant at,
            String actor,
            String action,
            @Nullable String from,
            String to,
            @Nullable String comment) {}

    record Answer(
            Summary application,
            @Nullable String renews,
            @Nullable String decisionReason,
            String next,
            List<CriterionAnswer> criteria,
            List<Step> history) {}

    record Opening(
            @Nullable String subject,
            @Nullable String organisation,
            @Nullable String body) {}

    record StatementBody(@Nullable String statement) {}

    record LinkBody(
            @Nullable String criterion,
            @Nullable String url,
            @Nullable String label) {}

    record RatingBody(
            @Nullable String criterion,
            @Nullable String rating,
            @Nullable String comment) {}

    record MessageBody(@Nullable String message) {}

    record DecisionBody(@Nullable String decision, @Nullable String reason) {}

    record Withdrawn(String id, String name, Instant withdrawnAt, String reason) {}

    @GetMapping("/api/v1/accreditation/applications")
    List<Summary> mine(Principal principal) {
        return applications.ofApplicant(actor(principal)).stream()
                .map(Summary::of)
                .toList();
    }

    @GetMapping("/api/v1/accreditation/review")
    List<Summary> review(Principal principal) {
        return applications.ofBodies(actor(principal)).stream().map(Summary::of).toList();
    }

    @PostMapping("/api/v1/accreditation/applications")
    ResponseEntity<Answer> open(@RequestBody Opening opening, Principal principal, HttpServletRequest request) {
        Subject subject = Subject.ofCode(String.valueOf(opening.subject()))
                .orElseThrow(() -> new InvalidInput("subject", "required"));
        Account actor = actor(principal);
        ApplicationFile file = applications.open(
                actor, subject, uuid("organisation", opening.organisation()), uuid("body", opening.body()));
        return ResponseEntity.created(URI.create("/api/v1/accreditation/applications/" + file.id()))
                .body(answer(actor, file, request));
    }

    @GetMapping("/api/v1/accreditation/applications/{id}")
    Answer get(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.get(actor, id), request);
    }

    @PutMapping("/api/v1/accreditation/applications/{id}/statements/{criterion}")
    Answer write(
            @PathVariable UUID id,
            @PathVariable String criterion,
            @RequestBody StatementBody body,
            Principal principal,
            HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.write(actor, id, criterion, String.valueOf(body.statement())), request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/evidence/files")
    ResponseEntity<Answer> addFile(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String criterion,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Principal principal,
            HttpServletRequest request)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "required");
        }
        Account actor = actor(principal);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ApplicationFile changed = applications.addFile(actor, id, criterion, name, file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(actor, changed, request));
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/evidence")
    ResponseEntity<Answer> addLink(
            @PathVariable UUID id, @RequestBody LinkBody body, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        ApplicationFile changed =
                applications.addLink(actor, id, String.valueOf(body.criterion()), body.url(), body.label());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(actor, changed, request));
    }

    @DeleteMapping("/api/v1/accreditation/applications/{id}/evidence/{evidence}")
    Answer removeEvidence(
            @PathVariable UUID id, @PathVariable UUID evidence, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.removeEvidence(actor, id, evidence), request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/submit")
    Answer submit(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.submit(actor, id), request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/take")
    Answer take(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.takeForReview(actor, id), request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/ratings")
    Answer rate(@PathVariable UUID id, @RequestBody RatingBody body, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        Rating rating =
                Rating.ofCode(String.valueOf(body.rating())).orElseThrow(() -> new InvalidInput("rating", "rating"));
        return answer(
                actor,
                applications.rate(actor, id, String.valueOf(body.criterion()), rating, String.valueOf(body.comment())),
                request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/requests")
    Answer askForMore(
            @PathVariable UUID id, @RequestBody MessageBody body, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        return answer(actor, applications.askForMore(actor, id, String.valueOf(body.message())), request);
    }

    @PostMapping("/api/v1/accreditation/applications/{id}/decision")
    Answer decide(
            @PathVariable UUID id, @RequestBody DecisionBody body, Principal principal, HttpServletRequest request) {
        Account actor = actor(principal);
        switch (String.valueOf(body.decision())) {
            case "accredit" -> applications.accredit(actor, id, body.reason());
            case "refuse" -> applications.refuse(actor, id, String.valueOf(body.reason()));
            default -> throw new InvalidInput("decision", "decision");
        }
        return answer(actor, applications.get(actor, id), request);
    }

    @PostMapping("/api/v1/accreditation/accreditations/{id}/withdrawal")
    Withdrawn withdraw(@PathVariable UUID id, @RequestBody MessageBody body, Principal principal) {
        Accreditation a = accreditations.withdraw(actor(principal), id, String.valueOf(body.message()));
        return new Withdrawn(
                a.id().toString(),
                a.name(),
                java.util.Objects.requireNonNull(a.withdrawnAt()),
                String.valueOf(a.withdrawnReason()));
    }

    private Answer answer(Account actor, ApplicationFile file, HttpServletRequest request) {
        Language language = AccreditedRegistryApi.language(request);
        ApplicationView view = new ApplicationView(file, applications.standing(actor, file));
        Application a = file.application();
        String base = "/api/v1/accreditation/applications/" + a.id();
        List<CriterionAnswer> criteria = file.criteria().stream()
                .map(c -> new CriterionAnswer(
                        c.code(),
                        c.title(language),
                        file.statement(c.code())
                                .map(ApplicationFile.Statement::text)
                                .orElse(null),
                        file.evidence(c.code()).stream()
                                .map(e -> new EvidenceAnswer(
                                        e.id().toString(),
                                        e.file() ? "file" : "link",
                                        e.label(),
                                        e.url(),
                                        e.mediaType(),
                                        e.size(),
                                        e.addedAt(),
                                        e.file() ? base + "/evidence/" + e.id() + "/file" : null))
                                .toList(),
                        file.rating(c.code())
                                .map(r -> new RatingAnswer(r.rating().code(), r.comment(), r.assessor(), r.ratedAt()))
                                .orElse(null)))
                .toList();
        return new Answer(
                Summary.of(a),
                a.renews() == null ? null : a.renews().toString(),
                a.decisionReason(),
                messages.getMessage(view.next(), null, language.locale()),
                criteria,
                file.history().stream()
                        .map(h -> new Step(
                                h.at(),
                                h.actor(),
                                h.action(),
                                h.from() == null ? null : h.from().code(),
                                h.to().code(),
                                h.comment()))
                        .toList());
    }

    /** An evidence file, for the applicant and the body's assessors; as an attachment nothing renders. */
    @GetMapping("/api/v1/accreditation/applications/{id}/evidence/{evidence}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidence, Principal principal) {
        return AccreditationPages.download(applications.file(actor(principal), id, evidence));
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(
                request,
                HttpStatus.NOT_FOUND,
                "accreditation.problem.notFound",
                message(request, "registry.problem.notFound.detail", request.getRequestURI()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request) {
        Language language = AccreditedRegistryApi.language(request);
        Object[] arguments = e.arguments().stream()
                .map(a -> a instanceof String s && s.startsWith("accreditation.")
                        ? messages.getMessage(s, null, language.locale())
                        : a)
                .toArray();
        ResponseEntity<ProblemDetail> answer = problem(
                request,
                HttpStatus.CONFLICT,
                "accreditation.problem.refused",
                messages.getMessage(e.messageKey(), arguments, language.locale()));
        answer.getBody().setProperty("reason", e.reason());
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInput e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(
                request,
                HttpStatus.valueOf(e.status()),
                "accreditation.problem.invalid",
                message(request, "accreditation.field." + e.field()) + ": "
                        + message(request, e.messageKey(), e.arguments().toArray()));
        answer.getBody().setProperty("field", e.field());
        return answer;
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(
                key, arguments, AccreditedRegistryApi.language(request).locale());
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, HttpStatus status, String titleKey, String detail) {
        Language language = AccreditedRegistryApi.language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleKey, null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    private Account actor(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new NotFound("account"));
    }

    private static UUID uuid(String field, @Nullable String value) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "required");
        }
    }
}
