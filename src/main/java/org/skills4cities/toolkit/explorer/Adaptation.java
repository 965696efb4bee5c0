package org.skills4cities.toolkit.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkDifference;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;

/**
 * How a framework derived from another (a city's adaptation of the reference) differs from it, item by item and role
 * by role, for the marks the explorer puts on what the city added or changed. Empty for a framework that is not
 * derived from another, or whose base is not stored.
 */
public final class Adaptation {

    private static final Adaptation NONE = new Adaptation(null, Map.of());

    private final @Nullable Framework base;
    private final Map<String, Change> marks;

    private Adaptation(@Nullable Framework base, Map<String, Change> marks) {
        this.base = base;
        this.marks = marks;
    }

    static Adaptation of(Framework framework, FrameworkCatalogue catalogue) {
        var basedOn = framework.basedOn();
        if (basedOn == null) {
            return NONE;
        }
        Optional<Framework> base = catalogue.find(basedOn.slug(), basedOn.version());
        if (base.isEmpty()) {
            return NONE;
        }
        FrameworkDifference difference = FrameworkComparison.between(base.get(), framework);
        Map<String, Change> marks = new HashMap<>();
        difference.subjects().stream()
                .filter(s -> s.kind() != Kind.FRAMEWORK)
                .forEach(s -> marks.put(s.kind().code() + ":" + s.code(), s.change()));
        return new Adaptation(base.get(), marks);
    }

    public boolean isAdaptation() {
        return base != null;
    }

    public @Nullable Framework base() {
        return base;
    }

    /** {@code added}, {@code changed} or {@code null} for an item that is as in the base. */
    public @Nullable String item(String code) {
        return mark("item:" + code);
    }

    public @Nullable String role(String code) {
        return mark("role:" + code);
    }

    private @Nullable String mark(String key) {
        Change change = marks.get(key);
        return change == null || change == Change.REMOVED ? null : change.code();
    }
}
