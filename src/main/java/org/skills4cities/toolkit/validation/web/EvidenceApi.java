package org.skills4cities.toolkit.validation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.CaseNotFound;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's evidence portfolio as JSON (Bearer token): a file as {@code multipart/form-data}, a link or a note as JSON,
 * removal, and the download of a file, which answers 404 to anyone but the candidate and the assigned assessors.
 */
@RestController
@RequestMapping("/api/v1/validation/cases/{id}/evidence")
@Tag(name = "Validation")
class EvidenceApi extends ValidationApiSupport {

    private final Portfolios portfolios;

    EvidenceApi(Portfolios portfolios, ValidationCases cases, MessageSource messages, Accounts accounts) {
        super(messages, accounts, cases);
        this.portfolios = portfolios;
    }

    /** A link ({@code kind} "link": {@code url}, {@code label}) or a note ({@code kind} "note": {@code note}). */
    record PieceRequest(
            @Nullable String competence,
            @Nullable String kind,
            @Nullable String url,
            @Nullable String label,
            @Nullable String note) {}

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseAnswer> file(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String competence,
            @RequestPart(required = false) @Nullable MultipartFile file,
            Principal principal,
            HttpServletRequest request) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequest("file", "required");
        }
        Account actor = account(principal);
        CaseFile answer = portfolios.addFile(
                actor, id, competence, String.valueOf(file.getOriginalFilename()), EvidencePages.bytes(file));
        return ResponseEntity.status(201).body(answer(actor, answer, request));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseAnswer> piece(
            @PathVariable UUID id, @RequestBody PieceRequest body, Principal principal, HttpServletRequest request) {
        String competence = body.competence() == null ? "" : body.competence().strip();
        Account actor = account(principal);
        CaseFile answer = switch (String.valueOf(body.kind())) {
            case "link" ->
                portfolios.addLink(actor, id, competence, body.url() == null ? "" : body.url(), body.label());
            case "note" -> portfolios.addNote(actor, id, competence, body.note() == null ? "" : body.note());
            default -> throw new InvalidRequest("kind", "kind");
        };
        return ResponseEntity.status(201).body(answer(actor, answer, request));
    }

    @DeleteMapping("/{evidence}")
    CaseAnswer remove(
            @PathVariable UUID id, @PathVariable UUID evidence, Principal principal, HttpServletRequest request) {
        Account actor = account(principal);
        return answer(actor, portfolios.remove(actor, id, evidence), request);
    }

    /** The file; for anyone but the candidate and the assigned assessors, anonymous callers too, 404. */
    @GetMapping("/{evidence}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidence, @Nullable Principal principal) {
        if (principal == null) {
            throw new CaseNotFound(evidence.toString());
        }
        return EvidenceDownload.of(portfolios.file(account(principal), id, evidence));
    }
}
