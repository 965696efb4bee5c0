package org.skills4cities.toolkit.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.validation.EvidenceRecords.Piece;
import org.skills4cities.toolkit.validation.EvidenceRecords.Usage;
import org.skills4cities.toolkit.validation.EvidenceRejected.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence portfolio of a case, per competence: files (checked by content, see {@link FileType}), links and notes.
 * The candidate adds evidence during identification and documentation and removes it before submitting; evidence
 * the assessors have had is retired instead, never deleted. Files open only for the candidate and the case's assigned
 * assessors; for anyone else they do not exist.
 */
@Service
public class Portfolios {

    /** The largest file, in bytes. */
    public static final long MAX_FILE = 10L * 1024 * 1024;
    /** The most files a case stores, retired ones included. */
    public static final int MAX_FILES = 30;
    /** The most bytes of files a case stores, retired ones included. */
    public static final long MAX_CASE_BYTES = 100L * 1024 * 1024;
    /** The longest link, in characters. */
    public static final int MAX_URL = 2000;

    private final Steps steps;
    private final EvidenceRecords records;
    private final AuditLog audit;

    Portfolios(Steps steps, EvidenceRecords records, AuditLog audit) {
        this.steps = steps;
        this.records = records;
        this.audit = audit;
    }

    /** A stored file as it is served: its label, its type and its bytes. */
    public record StoredFile(String label, FileType type, byte[] content) {}

    @Transactional
    public CaseFile addFile(Account candidate, UUID caseId, String competence, String name, byte[] content) {
        if (content.length > MAX_FILE) {
            throw new EvidenceRejected(Reason.TOO_LARGE, MAX_FILE / (1024 * 1024));
        }
        return steps.take(candidate, caseId, Transition.ADD_EVIDENCE, file -> {
            known(file, competence);
            Usage usage = records.usage(caseId);
            if (usage.files() >= MAX_FILES) {
                throw new EvidenceRejected(Reason.TOO_MANY_FILES, MAX_FILES);
            }
            if (usage.bytes() + content.length > MAX_CASE_BYTES) {
                throw new EvidenceRejected(Reason.CASE_TOO_LARGE, MAX_CASE_BYTES / (1024 * 1024));
            }
            FileType type = EvidenceContent.check(name, content);
            String label = EvidenceContent.label(name, type);
            records.insert(
                    caseId,
                    new Piece(
                            competence,
                            EvidenceKind.FILE,
                            label,
                            null,
                            null,
                            type.mediaType(),
                            content.length,
                            EvidenceContent.sha256(content)),
                    content);
            return Move.to(file.phase(), competence + ": " + label);
        });
    }

    /** Adds a link to something online; only {@code http} and {@code https} addresses. */
    @Transactional
    public CaseFile addLink(Account candidate, UUID caseId, String competence, String url, @Nullable String label) {
        String address = link(url);
        String title = label == null || label.isBlank() ? address : ValidationCases.limited("label", label);
        if (title.length() > 300) {
            throw new InvalidRequest("label", "tooLong", 300);
        }
        return steps.take(candidate, caseId, Transition.ADD_EVIDENCE, file -> {
            known(file, competence);
            records.insert(caseId, new Piece(competence, EvidenceKind.LINK, title, address, null, null, 0, null), null);
            return Move.to(file.phase(), competence + ": " + title);
        });
    }

    @Transactional
    public CaseFile addNote(Account candidate, UUID caseId, String competence, String note) {
        String text = ValidationCases.required("note", note);
        return steps.take(candidate, caseId, Transition.ADD_EVIDENCE, file -> {
            known(file, competence);
            String label = text.codePointCount(0, text.length()) > 80
                    ? text.substring(0, text.offsetByCodePoints(0, 80)) + "…"
                    : text;
            records.insert(
                    caseId,
                    new Piece(competence, EvidenceKind.NOTE, label.replaceAll("\\s+", " "), null, text, null, 0, null),
                    null);
            return Move.to(file.phase(), competence + ": " + label);
        });
    }

    /** Deletes evidence the assessors never had; evidence they had is retired and stays in the case. */
    @Transactional
    public CaseFile remove(Account candidate, UUID caseId, UUID evidenceId) {
        return steps.take(candidate, caseId, Transition.REMOVE_EVIDENCE, file -> {
            Evidence evidence = records.find(caseId, evidenceId)
                    .filter(Evidence::isCurrent)
                    .orElseThrow(() -> new CaseNotFound(evidenceId.toString()));
            if (evidence.submitted()) {
                records.retire(evidenceId);
            } else {
                records.delete(evidenceId);
            }
            return Move.to(file.phase(), evidence.competence() + ": " + evidence.label());
        });
    }

    /** A file of the case, for its candidate and assigned assessors only; opening it is written to the audit log. */
    @Transactional
    public StoredFile file(Account actor, UUID caseId, UUID evidenceId) {
        CaseFile file = steps.visible(actor, caseId);
        if (!steps.standing(actor, file).seesEvidence()) {
            throw new CaseNotFound(evidenceId.toString());
        }
        Evidence evidence = records.find(caseId, evidenceId)
                .filter(e -> e.kind() == EvidenceKind.FILE)
                .orElseThrow(() -> new CaseNotFound(evidenceId.toString()));
        byte[] content = records.content(evidenceId).orElseThrow(() -> new CaseNotFound(evidenceId.toString()));
        FileType type = FileType.ofMediaType(String.valueOf(evidence.mediaType()))
                .orElseThrow(() -> new CaseNotFound(evidenceId.toString()));
        audit.record(
                actor.id(),
                actor.email(),
                "validation.evidence-opened",
                "validation case " + caseId,
                file.validationCase().body(),
                "evidence " + evidenceId);
        return new StoredFile(evidence.label(), type, content);
    }

    private static void known(CaseFile file, String competence) {
        if (file.claim(competence).isEmpty()) {
            throw new InvalidRequest("competence", "unknownCompetence", competence);
        }
    }

    /** The address if it is an absolute http or https URL with a host, else refused. */
    static String link(@Nullable String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new InvalidRequest("url", "required");
        }
        if (address.length() > MAX_URL) {
            throw new InvalidRequest("url", "tooLong", MAX_URL);
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isEmpty()) {
                throw new InvalidRequest("url", "link");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequest("url", "link");
        }
        return address;
    }
}
