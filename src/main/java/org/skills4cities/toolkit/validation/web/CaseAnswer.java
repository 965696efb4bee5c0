package org.skills4cities.toolkit.validation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Evidence;
import org.skills4cities.toolkit.validation.Standing;
import org.skills4cities.toolkit.validation.ValidationCase;

/**
 * A case as the API answers it. {@code evidence} is there only for the candidate and the assigned assessors (null for
 * another assessor of the body); {@code revision} counts the changes of the case; {@code next} says in the caller's language what comes next.
 */
record CaseAnswer(
        UUID id,
        String framework,
        String frameworkVersion,
        String role,
        Party candidate,
        Party body,
        String phase,
        @Nullable String outcome,
        @Nullable String decision,
        @Nullable String decisionReason,
        int revision,
        Instant openedAt,
        Instant updatedAt,
        String next,
        List<ClaimAnswer> claims,
        @Nullable List<EvidenceAnswer> evidence,
        List<Party> assessors,
        List<RatingAnswer> ratings,
        List<RequestAnswer> requests,
        List<ExamAnswer> exams,
        List<StepAnswer> history) {

    /** A person or organisation by identifier and name. */
    record Party(UUID id, String name) {}

    record ClaimAnswer(String competence, int level, int required, boolean mandatory) {}

    record EvidenceAnswer(
            UUID id,
            String competence,
            String kind,
            String label,
            @Nullable String url,
            @Nullable String note,
            @Nullable String mediaType,
            long size,
            Instant addedAt,
            boolean submitted,
            @Nullable Instant retiredAt,
            @Nullable String file) {}

    record RatingAnswer(String competence, int level, String comment, String assessor, Instant ratedAt) {}

    record RequestAnswer(String message, List<String> competences, String askedBy, Instant askedAt) {}

    record ExamAnswer(UUID attempt, boolean passed, BigDecimal percent, Instant closedAt) {}

    record StepAnswer(
            Instant at,
            String actor,
            String action,
            @Nullable String from,
            String to,
            @Nullable String comment) {}

    /** A case in a list: where it stands, without what it holds. */
    record Summary(
            UUID id,
            String role,
            Party candidate,
            Party body,
            String phase,
            @Nullable String outcome,
            Instant openedAt,
            Instant updatedAt) {

        static Summary of(ValidationCase c) {
            return new Summary(
                    c.id(),
                    c.role(),
                    new Party(c.candidate(), c.candidateName()),
                    new Party(c.body(), c.bodyName()),
                    c.phase().code(),
                    c.outcome() == null ? null : c.outcome().code(),
                    c.openedAt(),
                    c.updatedAt());
        }
    }

    static CaseAnswer of(CaseFile file, Standing standing, String next) {
        ValidationCase c = file.validationCase();
        String base = "/api/v1/validation/cases/" + c.id();
        return new CaseAnswer(
                c.id(),
                c.framework().slug(),
                c.framework().version(),
                c.role(),
                new Party(c.candidate(), c.candidateName()),
                new Party(c.body(), c.bodyName()),
                c.phase().code(),
                c.outcome() == null ? null : c.outcome().code(),
                c.decision() == null ? null : c.decision().code(),
                c.decisionReason(),
                c.version(),
                c.openedAt(),
                c.updatedAt(),
                next,
                file.claims().stream()
                        .map(claim -> new ClaimAnswer(
                                claim.competence(),
                                claim.level(),
                                file.requirements().stream()
                                        .filter(r -> r.competence().equals(claim.competence()))
                                        .mapToInt(r -> r.level())
                                        .findFirst()
                                        .orElse(0),
                                file.mandatory(claim.competence())))
                        .toList(),
                standing.seesEvidence()
                        ? file.evidence().stream().map(e -> evidence(base, e)).toList()
                        : null,
                file.assessors().stream()
                        .map(a -> new Party(a.account(), a.name()))
                        .toList(),
                file.ratings().stream()
                        .map(r -> new RatingAnswer(r.competence(), r.level(), r.comment(), r.assessor(), r.ratedAt()))
                        .toList(),
                file.requests().stream()
                        .map(r -> new RequestAnswer(r.message(), r.competences(), r.askedBy(), r.askedAt()))
                        .toList(),
                file.exams().stream()
                        .map(e -> new ExamAnswer(e.attemptId(), e.passed(), e.percent(), e.closedAt()))
                        .toList(),
                file.history().stream()
                        .map(h -> new StepAnswer(h.at(), h.actor(), h.action(), h.from(), h.to(), h.comment()))
                        .toList());
    }

    private static EvidenceAnswer evidence(String base, Evidence e) {
        boolean file = e.kind() == org.skills4cities.toolkit.validation.EvidenceKind.FILE;
        return new EvidenceAnswer(
                e.id(),
                e.competence(),
                e.kind().code(),
                e.label(),
                e.url(),
                e.note(),
                e.mediaType(),
                e.size(),
                e.addedAt(),
                e.submitted(),
                e.retiredAt(),
                file ? base + "/evidence/" + e.id() + "/file" : null);
    }
}
