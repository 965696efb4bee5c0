package org.skills4cities.toolkit.accreditation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application with all it holds: statements, evidence and ratings per criterion, and its history. */
public record ApplicationFile(
        Application application,
        List<Criterion> criteria,
        Map<String, Statement> statements,
        List<Evidence> evidence,
        Map<String, CriterionRating> ratings,
        List<HistoryEntry> history) {

    public ApplicationFile {
        criteria = List.copyOf(criteria);
        statements = Map.copyOf(statements);
        evidence = List.copyOf(evidence);
        ratings = Map.copyOf(ratings);
        history = List.copyOf(history);
    }

    /** The applicant's statement for a criterion. */
    public record Statement(String criterion, String text, Instant updatedAt) {}

    /** A file (checked by content, kept in the database) or a link, for one criterion. */
    public record Evidence(
            UUID id,
            String criterion,
            boolean file,
            String label,
            @Nullable String url,
            @Nullable String mediaType,
            long size,
            Instant addedAt) {}

    /** The assessor's rating of a criterion, with the comment that says why. */
    public record CriterionRating(String criterion, Rating rating, String comment, String assessor, Instant ratedAt) {}

    /** One step: when, who, what, from which status to which, and what was said. */
    public record HistoryEntry(
            int seq,
            Instant at,
            String actor,
            String action,
            @Nullable Status from,
            Status to,
            @Nullable String comment) {}

    public UUID id() {
        return application.id();
    }

    public Status status() {
        return application.status();
    }

    public Optional<Statement> statement(String criterion) {
        return Optional.ofNullable(statements.get(criterion));
    }

    public Optional<CriterionRating> rating(String criterion) {
        return Optional.ofNullable(ratings.get(criterion));
    }

    public List<Evidence> evidence(String criterion) {
        return evidence.stream().filter(e -> e.criterion().equals(criterion)).toList();
    }

    /** The codes of the criteria without a statement, in order. */
    public List<String> withoutStatement() {
        return criteria.stream()
                .map(Criterion::code)
                .filter(c -> !statements.containsKey(c))
                .toList();
    }

    /** The codes of the criteria not rated yet. */
    public List<String> unrated() {
        return criteria.stream()
                .map(Criterion::code)
                .filter(c -> !ratings.containsKey(c))
                .toList();
    }

    /** The codes of the criteria rated not met. */
    public List<String> notMet() {
        return criteria.stream()
                .map(Criterion::code)
                .filter(c -> ratings.containsKey(c) && ratings.get(c).rating() == Rating.NOT_MET)
                .toList();
    }
}
