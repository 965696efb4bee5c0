package org.skills4cities.toolkit.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two versions of a framework, or between a framework and the one it was derived from: the
 * items and roles added, removed and changed, each with every value that changed (old and new, in each language),
 * and the number of items and roles that stayed as they were. Items and roles are matched by identifier, so a
 * renamed or recoded item is a change, not a removal and an addition.
 */
public record FrameworkDifference(List<Subject> subjects, int unchangedItems, int unchangedRoles) {

    public FrameworkDifference {
        subjects = List.copyOf(subjects);
    }

    public boolean isEmpty() {
        return subjects.isEmpty();
    }

    public Stream<Subject> of(Kind kind, Change change) {
        return subjects.stream().filter(s -> s.kind() == kind && s.change() == change);
    }

    public long count(Kind kind, Change change) {
        return of(kind, change).count();
    }

    public Stream<Subject> removed() {
        return subjects.stream().filter(s -> s.change() == Change.REMOVED);
    }

    /** The difference for one item or role, if it differs at all. */
    public Optional<Subject> subject(UUID id) {
        return subjects.stream().filter(s -> id.equals(s.id())).findFirst();
    }

    /** What a difference is about. */
    public enum Kind {
        FRAMEWORK,
        ITEM,
        ROLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a subject differs. */
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The framework itself, one item or one role, and its values that differ. */
    public record Subject(
            Kind kind, Change change, @Nullable UUID id, String code, List<Value> values) {

        public Subject {
            values = List.copyOf(values);
        }
    }

    /**
     * One value that differs: a field (title, level:3, skill:0, requirement:A.1, parent ...) in one language, or with
     * an empty language for values that are not text. A value that is new has no old value, and the other way round.
     */
    public record Value(
            String field,
            String lang,
            @Nullable String oldValue,
            @Nullable String newValue) {}
}
