package org.skills4cities.toolkit.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.certification.Verifications;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.language.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/credentials/verify}: a credential as JSON (the credential object, with its embedded proof) or
 * as a compact JWT (as {@code application/jwt}, {@code application/vc+jwt} or plain text, or a JSON string), ours or
 * another issuer's. The answer is the one status, every check with its result and explanation in the caller's
 * language, and the public part of the credential; anyone may ask, within the verification limit (429 beyond it).
 */
@RestController
@Tag(name = "Verification", description = "Verify a credential: one status, every check, in the caller's language")
class VerificationApi {

    /** The most bytes read of a request: a credential of the largest length, every character four bytes at most. */
    private static final int MAX_BYTES = Verifications.MAX_LENGTH * 4;

    private final Verifications verifications;
    private final VerificationLimit limit;
    private final MessageSource messages;

    VerificationApi(Verifications verifications, VerificationLimit limit, MessageSource messages) {
        this.verifications = verifications;
        this.limit = limit;
        this.messages = messages;
    }

    @Operation(summary = "Verify a credential given as JSON or as a JWT")
    @PostMapping(
            path = "/api/v1/credentials/verify",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "application/ld+json",
                "application/vc+ld+json",
                "application/jwt",
                "application/vc+jwt",
                MediaType.TEXT_PLAIN_VALUE
            },
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(HttpServletRequest request) throws IOException {
        Language language =
                RequestLanguage.lenient(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        long wait = limit.take(request);
        if (wait > 0) {
            return problem(
                            request,
                            language,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "verify.problem.tooMany",
                            limit.limit(),
                            wait)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .build();
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            return problem(request, language, HttpStatus.PAYLOAD_TOO_LARGE, "verify.problem.tooLarge")
                    .build();
        }
        // read at most what a credential can be, so that a huge body costs neither memory nor time
        byte[] bytes = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return problem(request, language, HttpStatus.PAYLOAD_TOO_LARGE, "verify.problem.tooLarge")
                    .build();
        }
        String credential = new String(bytes, StandardCharsets.UTF_8).strip();
        if (credential.isEmpty()) {
            return problem(request, language, HttpStatus.BAD_REQUEST, "verify.problem.empty")
                    .build();
        }
        if (credential.length() > Verifications.MAX_LENGTH) {
            return problem(request, language, HttpStatus.PAYLOAD_TOO_LARGE, "verify.problem.tooLarge")
                    .build();
        }
        if (credential.startsWith("\"") && credential.endsWith("\"") && credential.length() > 1) {
            credential = credential.substring(1, credential.length() - 1);
        }
        VerificationView view = VerificationView.of(
                verifications.verify(credential),
                language,
                (key, arguments) -> messages.getMessage(key, arguments, language.locale()),
                null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(answer(view, language));
    }

    static Map<String, Object> answer(VerificationView view, Language language) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", view.status());
        answer.put("statusText", view.statusText());
        List<Map<String, String>> checks = view.checks().stream()
                .map(c -> Map.of(
                        "check", c.kind(),
                        "result", c.result(),
                        "title", c.kindText(),
                        "resultText", c.resultText(),
                        "explanation", c.explanation()))
                .toList();
        answer.put("checks", checks);
        answer.put("credential", view.summary());
        answer.put("language", language.code());
        return answer;
    }

    private ProblemBuilder problem(
            HttpServletRequest request, Language language, HttpStatus status, String key, Object... arguments) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, language.locale()));
        problem.setTitle(messages.getMessage("verify.problem.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        return new ProblemBuilder(status, language, problem);
    }

    /** A problem answer under construction, so that a header can be added. */
    private static final class ProblemBuilder {
        private final ResponseEntity.BodyBuilder builder;
        private final ProblemDetail problem;

        ProblemBuilder(HttpStatus status, Language language, ProblemDetail problem) {
            this.builder = ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.code());
            this.problem = problem;
        }

        ProblemBuilder header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        ResponseEntity<ProblemDetail> build() {
            return builder.body(problem);
        }
    }
}
