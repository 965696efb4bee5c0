package org.skills4cities.toolkit.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.framework.Requirement;

/**
 * Everything a case holds, read together: the case, the role's requirements (from the framework version of the case),
 * the claims, the evidence (retired pieces included), the assessors and their ratings, the requests for more evidence,
 * the exam results and the history. The transitions' conditions are read from it.
 */
public record CaseFile(
        ValidationCase validationCase,
        List<Requirement> requirements,
        List<Claim> claims,
        List<Evidence> evidence,
        List<Assessor> assessors,
        List<AssessorRating> ratings,
        List<EvidenceRequest> requests,
        List<ExamResult> exams,
        List<HistoryEntry> history) {

    public CaseFile {
        requirements = List.copyOf(requirements);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
        assessors = List.copyOf(assessors);
        ratings = List.copyOf(ratings);
        requests = List.copyOf(requests);
        exams = List.copyOf(exams);
        history = List.copyOf(history);
    }

    public UUID id() {
        return validationCase.id();
    }

    public Phase phase() {
        return validationCase.phase();
    }

    public boolean assigned(UUID account) {
        return assessors.stream().anyMatch(a -> a.account().equals(account));
    }

    public Optional<Claim> claim(String competence) {
        return claims.stream().filter(c -> c.competence().equals(competence)).findFirst();
    }

    public Optional<AssessorRating> rating(String competence) {
        return ratings.stream().filter(r -> r.competence().equals(competence)).findFirst();
    }

    public boolean mandatory(String competence) {
        return requirements.stream().anyMatch(r -> r.competence().equals(competence) && r.mandatory());
    }

    /** The evidence for a competence, retired pieces included. */
    public List<Evidence> evidenceFor(String competence) {
        return evidence.stream().filter(e -> e.competence().equals(competence)).toList();
    }

    /** The codes of the mandatory competences claimed at level 1 or more that have no current evidence. */
    public List<String> missingEvidence() {
        Set<String> covered = evidence.stream()
                .filter(Evidence::isCurrent)
                .map(Evidence::competence)
                .collect(Collectors.toSet());
        return claims.stream()
                .filter(c -> c.claimed() && mandatory(c.competence()) && !covered.contains(c.competence()))
                .map(Claim::competence)
                .toList();
    }

    /** The codes of the claimed competences no assessor has rated yet. */
    public List<String> unrated() {
        return claims.stream()
                .filter(c -> c.claimed() && rating(c.competence()).isEmpty())
                .map(Claim::competence)
                .toList();
    }

    /** The latest exam result, if the exam module reported one. */
    public Optional<ExamResult> latestExam() {
        return exams.isEmpty() ? Optional.empty() : Optional.of(exams.getLast());
    }
}
