package org.skills4cities.toolkit.validation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.validation.InvalidRequest;
import org.skills4cities.toolkit.validation.Portfolios;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The portfolio forms of the case page (a file, a link or a note for a competence; removing a piece) and the download
 * of a file, which only the candidate and the assigned assessors reach; for anyone else it does not exist.
 */
@Controller
class EvidencePages {

    private final Portfolios portfolios;
    private final CasePage casePage;

    EvidencePages(Portfolios portfolios, CasePage casePage) {
        this.portfolios = portfolios;
        this.casePage = casePage;
    }

    @PostMapping("/validation/cases/{id}/evidence/files")
    String file(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String competence,
            @RequestParam(required = false) @Nullable MultipartFile file,
            CaseForm form) {
        return casePage.attempt(form, id, "add-evidence", actor -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequest("file", "required");
            }
            return portfolios.addFile(actor, id, competence, String.valueOf(file.getOriginalFilename()), bytes(file));
        });
    }

    @PostMapping("/validation/cases/{id}/evidence/links")
    String link(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String competence,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable String label,
            CaseForm form) {
        return casePage.attempt(
                form, id, "add-evidence", actor -> portfolios.addLink(actor, id, competence, url, label));
    }

    @PostMapping("/validation/cases/{id}/evidence/notes")
    String note(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String competence,
            @RequestParam(defaultValue = "") String note,
            CaseForm form) {
        return casePage.attempt(form, id, "add-evidence", actor -> portfolios.addNote(actor, id, competence, note));
    }

    @PostMapping("/validation/cases/{id}/evidence/{evidence}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID evidence, CaseForm form) {
        return casePage.attempt(form, id, "remove-evidence", actor -> portfolios.remove(actor, id, evidence));
    }

    @GetMapping("/validation/cases/{id}/evidence/{evidence}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidence, CaseForm form) {
        return EvidenceDownload.of(portfolios.file(form.actor(), id, evidence));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
