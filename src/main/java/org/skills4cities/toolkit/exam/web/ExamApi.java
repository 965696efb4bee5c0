package org.skills4cities.toolkit.exam.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.skills4cities.toolkit.exam.BankImport;
import org.skills4cities.toolkit.exam.Blueprints;
import org.skills4cities.toolkit.exam.ItemBank;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exam API: every role's blueprint (public), and a certification body's item bank, exported and imported (with a
 * dry run) by its assessors and content editors with a Bearer token; for anyone else the bank does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/exams")
@Tag(name = "Exams")
class ExamApi {

    private final Blueprints blueprints;
    private final ItemBank bank;
    private final BankAccess access;
    private final MessageSource messages;

    ExamApi(Blueprints blueprints, ItemBank bank, BankAccess access, MessageSource messages) {
        this.blueprints = blueprints;
        this.bank = bank;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/blueprints")
    @Operation(
            summary = "The exam blueprint of every role: duration, questions per area and level, pass marks, retakes")
    List<BlueprintView> blueprints() {
        return blueprints.all().stream().map(BlueprintView::of).toList();
    }

    @GetMapping("/blueprints/{role}")
    @Operation(summary = "The exam blueprint of one role, by its code")
    BlueprintView blueprint(@PathVariable String role) {
        return blueprints
                .find(blueprints.frameworkSlug(), role)
                .map(BlueprintView::of)
                .orElseThrow(() -> new BlueprintNotFound(role));
    }

    @GetMapping(path = "/banks/{organisation}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The item bank the body's exams draw from (its own, else the reference bank), as a file")
    ResponseEntity<byte[]> export(@PathVariable String organisation, Principal principal) {
        BankAccess.Managed managed = access.body(principal, organisation);
        return BankDownload.of(bank.export(managed.actor(), managed.id()));
    }

    @PostMapping(path = "/banks/{organisation}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace the body's item bank by the file sent as the body; with dryRun=true, say what would"
                    + " change and change nothing. A file with any problem is refused whole (422, every problem named)")
    ResponseEntity<?> importBank(
            @PathVariable String organisation,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request,
            Principal principal,
            Language language)
            throws IOException {
        BankAccess.Managed managed = access.body(principal, organisation);
        byte[] file;
        try (InputStream in = request.getInputStream()) {
            file = in.readNBytes(ItemBank.MAX_FILE + 1);
        }
        BankImport outcome = dryRun
                ? bank.dryRun(managed.actor(), managed.id(), file)
                : bank.apply(managed.actor(), managed.id(), file);
        BankImportView view = BankImportView.of(outcome, dryRun, language, messages);
        if (outcome.accepted()) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                    .body(view);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(
                        "exambank.refused.detail", new Object[] {view.problems().size()}, language.locale()));
        problem.setTitle(messages.getMessage("exambank.refused.title", null, language.locale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("language", language.code());
        problem.setProperty("problems", view.problems());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .body(problem);
    }
}
