package org.skills4cities.toolkit.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;
import org.skills4cities.toolkit.framework.FrameworkDifference.Subject;
import org.skills4cities.toolkit.framework.FrameworkDifference.Value;

/**
 * Compares two framework versions value by value. Each item, role and the framework itself is flattened into its
 * values (a field in a language, or a field without language), so that one comparison serves the dry run of an import,
 * the change history, the comparison of versions and the marks of a city's adaptation.
 */
public final class FrameworkComparison {

    private FrameworkComparison() {}

    public static FrameworkDifference between(Framework before, Framework after) {
        List<Subject> subjects = new ArrayList<>();
        compare(Kind.FRAMEWORK, before.id(), before.slug(), values(before), after.slug(), values(after))
                .ifPresent(s -> subjects.add(new Subject(Kind.FRAMEWORK, s.change(), null, after.slug(), s.values())));
        int unchangedItems = compareAll(
                Kind.ITEM,
                before.allItems().toList(),
                after.allItems().toList(),
                FrameworkItem::id,
                FrameworkItem::code,
                FrameworkComparison::values,
                subjects);
        int unchangedRoles = compareAll(
                Kind.ROLE,
                before.roles(),
                after.roles(),
                RoleProfile::id,
                RoleProfile::code,
                FrameworkComparison::values,
                subjects);
        return new FrameworkDifference(subjects, unchangedItems, unchangedRoles);
    }

    private static <T> int compareAll(
            Kind kind,
            List<T> before,
            List<T> after,
            Function<T, UUID> id,
            Function<T, String> code,
            Function<T, Map<String, String>> values,
            List<Subject> out) {
        Map<UUID, T> old = new LinkedHashMap<>();
        before.forEach(b -> old.put(id.apply(b), b));
        int unchanged = 0;
        for (T a : after) {
            T b = old.remove(id.apply(a));
            Map<String, String> oldValues = b == null ? Map.of() : values.apply(b);
            var subject = compare(
                    kind, id.apply(a), b == null ? null : code.apply(b), oldValues, code.apply(a), values.apply(a));
            if (subject.isPresent()) {
                out.add(subject.get());
            } else {
                unchanged++;
            }
        }
        for (T b : old.values()) {
            out.add(compare(kind, id.apply(b), code.apply(b), values.apply(b), null, Map.of())
                    .orElseThrow());
        }
        return unchanged;
    }

    private static Optional<Subject> compare(
            Kind kind,
            @Nullable UUID id,
            @Nullable String oldCode,
            Map<String, String> before,
            @Nullable String newCode,
            Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Value> differing = new ArrayList<>();
        for (String key : keys) {
            String oldValue = before.get(key);
            String newValue = after.get(key);
            if (!Objects.equals(oldValue, newValue)) {
                int bar = key.indexOf('|');
                differing.add(new Value(key.substring(0, bar), key.substring(bar + 1), oldValue, newValue));
            }
        }
        Change change = oldCode == null ? Change.ADDED : newCode == null ? Change.REMOVED : Change.CHANGED;
        if (change == Change.CHANGED && differing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subject(kind, change, id, newCode != null ? newCode : oldCode, differing));
    }

    /** The values of the framework itself: its title, description, languages and scale. */
    static Map<String, String> values(Framework f) {
        Values v = new Values();
        v.text("title", f.title());
        v.text("description", f.description());
        v.plain("languages", String.join(",", f.languages()));
        v.plain("status", f.status().code());
        f.attributes().forEach((name, value) -> v.plain("attribute:" + name, value));
        for (int i = 0; i < f.items().size(); i++) {
            v.plain("child:" + i, f.items().get(i).code());
        }
        for (int i = 0; i < f.roles().size(); i++) {
            v.plain("role:" + i, f.roles().get(i).code());
        }
        for (ProficiencyLevel level : f.proficiencyLevels()) {
            v.plain("scale:" + level.level() + ":eqf", Integer.toString(level.eqfLevel()));
            v.text("scale:" + level.level() + ":title", level.title());
            v.text("scale:" + level.level() + ":description", level.description());
        }
        return v.values;
    }

    /** The values of one item: where it sits, its texts, sources and references, what other systems said of it. */
    static Map<String, String> values(FrameworkItem item) {
        Values v = new Values();
        v.plain("code", item.code());
        v.plain("type", item.type());
        v.plain("state", item.state().code());
        v.plain("identifier", item.sourceIdentifier());
        v.text("title", item.title());
        v.text("description", item.description());
        for (LevelDescriptor level : item.levels()) {
            v.text("level:" + level.level(), level.description());
        }
        for (StatementKind kind : StatementKind.values()) {
            v.list(kind.code(), item.statements(kind));
        }
        for (int i = 0; i < item.sources().size(); i++) {
            Source source = item.sources().get(i);
            v.plain("source:" + i, source.citation());
            v.plain("source:" + i + ":url", source.url());
        }
        for (int i = 0; i < item.references().size(); i++) {
            ExternalReference ref = item.references().get(i);
            v.plain("reference:" + i + ":scheme", ref.framework());
            v.plain("reference:" + i + ":code", ref.code());
            v.plain("reference:" + i + ":uri", ref.uri());
            v.text("reference:" + i, ref.title());
        }
        item.attributes().forEach((name, value) -> v.plain("attribute:" + name, value));
        List<FrameworkItem> children = item.children();
        for (int i = 0; i < children.size(); i++) {
            v.plain("child:" + i, children.get(i).code());
        }
        return v.values;
    }

    /** The values of one role: its texts, EQF level and each requirement as level and whether it is mandatory. */
    static Map<String, String> values(RoleProfile role) {
        Values v = new Values();
        v.plain("code", role.code());
        v.plain("state", role.state().code());
        v.plain("eqf", Integer.toString(role.eqfLevel()));
        v.text("title", role.title());
        v.text("mission", role.mission());
        v.list("task", role.tasks());
        v.list("deliverable", role.deliverables());
        for (Requirement requirement : role.requirements()) {
            v.plain(
                    "requirement:" + requirement.competence(),
                    requirement.level() + (requirement.mandatory() ? " mandatory" : " optional"));
        }
        return v.values;
    }

    /** Values keyed by field and language, in the order they were added. */
    private static final class Values {

        private final Map<String, String> values = new LinkedHashMap<>();

        void plain(String field, @Nullable String value) {
            if (value != null) {
                values.put(field + "|", value);
            }
        }

        void text(String field, LocalizedText text) {
            text.values().entrySet().stream()
                    .filter(e -> !e.getValue().isBlank())
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> values.put(field + "|" + e.getKey(), e.getValue()));
        }

        void list(String list, List<LocalizedText> entries) {
            for (int i = 0; i < entries.size(); i++) {
                text(list + ":" + i, entries.get(i));
            }
        }
    }
}
