package org.skills4cities.toolkit.authoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkChange;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;
import org.skills4cities.toolkit.framework.FrameworkVersionInfo;
import org.skills4cities.toolkit.framework.importing.ImportPlan;
import org.skills4cities.toolkit.framework.importing.ImportProblem;
import org.skills4cities.toolkit.framework.importing.ProblemLocations;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The JSON shapes of the authoring API, made from the framework module's records. */
@Component
public class AuthoringViews {

    private final MessageSource messages;

    AuthoringViews(MessageSource messages) {
        this.messages = messages;
    }

    /** What an import does or did. */
    public record PlanView(
            String outcome,
            boolean applied,
            String id,
            String version,
            String status,
            Counts items,
            Counts roles,
            List<SubjectView> missing,
            List<String> removed,
            List<String> retired,
            List<SubjectView> changes,
            List<ProblemView> warnings) {}

    /** How many items or roles an import creates, changes and leaves as they are. */
    public record Counts(long created, long updated, long unchanged) {}

    /** An item, role or the framework itself that differs, with the values that differ. */
    public record SubjectView(
            String kind, String change, @Nullable UUID identifier, String code, List<ValueView> values) {}

    /** One value that differs; {@code lang} is empty for values that are not text. */
    public record ValueView(
            String field,
            String lang,
            @Nullable String old,
            @Nullable String value) {}

    /** A warning or problem with its location, in the caller's language. */
    public record ProblemView(String location, String code, String message) {}

    /** The difference between two versions. */
    public record ComparisonView(String from, String to, Counts items, Counts roles, List<SubjectView> changes) {}

    /** One stored version. */
    public record VersionView(
            String id,
            String version,
            String status,
            @Nullable String basedOn,
            @Nullable UUID owner,
            Instant importedAt,
            Instant changedAt,
            @Nullable Instant publishedAt) {}

    /** One recorded change. */
    public record ChangeView(
            Instant at,
            String by,
            String origin,
            String change,
            String kind,
            String code,
            String field,
            String lang,
            @Nullable String old,
            @Nullable String value) {}

    PlanView plan(ImportPlan plan, Language language) {
        boolean creating = plan.outcome() == ImportPlan.Outcome.CREATE;
        return new PlanView(
                plan.outcome().code(),
                plan.applied(),
                plan.slug(),
                plan.version(),
                plan.status().code(),
                counts(plan.difference(), Kind.ITEM),
                counts(plan.difference(), Kind.ROLE),
                plan.missing().stream().map(s -> subject(s, false)).toList(),
                plan.removed(),
                plan.retired(),
                plan.difference().subjects().stream()
                        .map(s -> subject(s, !creating))
                        .toList(),
                problems(plan.warnings(), language));
    }

    ComparisonView comparison(String from, String to, FrameworkDifference difference) {
        return new ComparisonView(
                from,
                to,
                counts(difference, Kind.ITEM),
                counts(difference, Kind.ROLE),
                difference.subjects().stream().map(s -> subject(s, true)).toList());
    }

    static VersionView version(FrameworkVersionInfo v) {
        return new VersionView(
                v.slug(),
                v.version(),
                v.status().code(),
                v.basedOn() == null
                        ? null
                        : v.basedOn().slug() + "@" + v.basedOn().version(),
                v.owner(),
                v.importedAt(),
                v.changedAt(),
                v.publishedAt());
    }

    static ChangeView change(FrameworkChange c) {
        return new ChangeView(
                c.at(),
                c.by(),
                c.origin(),
                c.change().code(),
                c.kind().code(),
                c.subjectCode(),
                c.field(),
                c.lang(),
                c.oldValue(),
                c.newValue());
    }

    List<ProblemView> problems(List<ImportProblem> problems, Language language) {
        return problems.stream()
                .sorted(ProblemLocations.FILE_ORDER)
                .map(p -> new ProblemView(
                        ProblemLocations.localize(p.location(), messages, language.locale()),
                        p.code(),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), language.locale())))
                .toList();
    }

    private static Counts counts(FrameworkDifference difference, Kind kind) {
        return new Counts(
                difference.count(kind, Change.ADDED),
                difference.count(kind, Change.CHANGED),
                kind == Kind.ITEM ? difference.unchangedItems() : difference.unchangedRoles());
    }

    private static SubjectView subject(FrameworkDifference.Subject s, boolean withValues) {
        return new SubjectView(
                s.kind().code(),
                s.change().code(),
                s.id(),
                s.code(),
                withValues
                        ? s.values().stream()
                                .map(v -> new ValueView(v.field(), v.lang(), v.oldValue(), v.newValue()))
                                .toList()
                        : List.of());
    }
}
