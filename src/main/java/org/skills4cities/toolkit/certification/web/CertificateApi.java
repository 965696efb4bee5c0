package org.skills4cities.toolkit.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateNotFound;
import org.skills4cities.toolkit.certification.CertificateRefused;
import org.skills4cities.toolkit.certification.CertificateStatus;
import org.skills4cities.toolkit.certification.Certificates;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The certificates API: a holder's certificates, one certificate with its credential, the issuing body's steps
 * (suspend, reinstate, revoke with a reason; renew on hours of professional development) and bulk issuance for a
 * finished exam session. Refusals are problem details in the caller's language naming the field; a certificate the
 * caller may not act on is 404, the same as one that does not exist.
 */
@RestController
@Tag(name = "Certificates", description = "Certificates: the holder's, and the issuing body's steps")
class CertificateApi {

    private final Certificates certificates;
    private final Accounts accounts;
    private final MessageSource messages;

    CertificateApi(Certificates certificates, Accounts accounts, MessageSource messages) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** A step's body: the reason, or for a renewal the hours and activities. */
    record StepRequest(
            @Nullable String reason,
            @Nullable Integer hours,
            @Nullable String activities) {}

    @Operation(summary = "The caller's certificates")
    @GetMapping("/api/v1/certificates")
    List<Map<String, Object>> mine(Principal principal) {
        return certificates.ofHolder(account(principal)).stream()
                .map(CertificateApi::answer)
                .toList();
    }

    @Operation(summary = "One certificate, for its holder or the issuing body's assessors")
    @GetMapping("/api/v1/certificates/{id}")
    Map<String, Object> one(@PathVariable String id, Principal principal) {
        return answer(certificates.get(account(principal), id));
    }

    @Operation(summary = "Suspend, reinstate or revoke a certificate, with a reason (assessors of the issuing body)")
    @PostMapping(path = "/api/v1/certificates/{id}/{step:suspend|reinstate|revoke}", consumes = "application/json")
    Map<String, Object> step(
            @PathVariable String id, @PathVariable String step, @RequestBody StepRequest body, Principal principal) {
        Account actor = account(principal);
        String reason = body.reason() == null ? "" : body.reason();
        Certificate c = switch (step) {
            case "suspend" -> certificates.suspend(actor, id, reason);
            case "reinstate" -> certificates.reinstate(actor, id, reason);
            default -> certificates.revoke(actor, id, reason);
        };
        return answer(c);
    }

    @Operation(summary = "Renew a certificate on hours of continuing professional development")
    @PostMapping(path = "/api/v1/certificates/{id}/renew", consumes = "application/json")
    Map<String, Object> renew(@PathVariable String id, @RequestBody StepRequest body, Principal principal) {
        if (body.hours() == null) {
            throw new CertificateRefused("hours", "required");
        }
        return answer(certificates.renew(
                account(principal), id, body.hours(), body.activities() == null ? "" : body.activities()));
    }

    @Operation(summary = "Issue the certificates due for a finished exam session of the body")
    @PostMapping("/api/v1/certificates/bodies/{body}/sessions/{session}/issue")
    Map<String, Object> issue(@PathVariable String body, @PathVariable String session, Principal principal) {
        List<Certificate> issued = certificates.issueForSession(
                account(principal), CertificatePages.uuid(body), CertificatePages.uuid(session));
        return Map.of("issued", issued.stream().map(CertificateApi::answer).toList());
    }

    static Map<String, Object> answer(Certificate c) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", c.id());
        answer.put("holder", c.holderName());
        answer.put("role", c.roleCode());
        answer.put("framework", c.framework().slug() + "/" + c.framework().version());
        answer.put("issuer", c.bodyName());
        answer.put("issuedAt", c.issuedAt().toString());
        answer.put("validUntil", c.validUntil().toString());
        answer.put("timeZone", c.zone().getId());
        answer.put("issuedOn", c.issuedAt().atZone(c.zone()).toLocalDate().toString());
        answer.put(
                "validUntilDay", c.validUntil().atZone(c.zone()).toLocalDate().toString());
        answer.put("status", c.status().code());
        answer.put("statusReason", c.statusReason());
        answer.put("listed", c.listed());
        answer.put(
                "competences",
                c.competences().stream()
                        .map(a -> Map.of("competence", a.competence(), "level", a.level()))
                        .toList());
        answer.put("credentialJwt", c.credentialJwt());
        answer.put("verify", "/verify/" + c.id());
        return answer;
    }

    private Account account(Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new CertificateNotFound("account"));
    }

    @ExceptionHandler(CertificateNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "certificate.problem.notFound", request.getRequestURI());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CertificateRefused e, HttpServletRequest request) {
        Language language = language(request);
        Object[] arguments = e.arguments().stream()
                .map(a -> switch (a) {
                    case CertificateStatus status -> message(language, "certificate.status." + status.code());
                    case LocalDate date -> date.toString();
                    default -> a;
                })
                .toArray();
        String detail = message(language, "certificate.field." + e.field()) + ": "
                + message(language, e.messageKey(), arguments);
        ResponseEntity<ProblemDetail> answer =
                problem(request, HttpStatus.valueOf(CertificatePages.status(e)), null, detail);
        answer.getBody().setProperty("field", e.field());
        answer.getBody().setProperty("reason", e.reason());
        return answer;
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, HttpStatus status, @Nullable String key, String text) {
        Language language = language(request);
        String detail = key == null ? text : message(language, key, text);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://skills4cities.eu/problems/certificate"));
        problem.setTitle(message(language, "certificate.problem.title"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }

    private String message(Language language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    private static Language language(HttpServletRequest request) {
        return RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
