package org.skills4cities.toolkit.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkComparison;
import org.skills4cities.toolkit.framework.FrameworkDifference.Change;
import org.skills4cities.toolkit.framework.FrameworkDifference.Kind;

/**
 * How a framework derived from another (a city's adaptation of the reference) differs from it, item by item and role
 * by role, for the marks the explorer puts on what the city added or changed. Nothing is compared until a template
 * asks, so a page fragment served from the cache costs no comparison; a framework not derived from another, or whose
 * base is not stored, has no marks.
 */
public final class Adaptation {

    private final Framework framework;
    private final FrameworkCatalogue catalogue;
    private @Nullable Map<String, Change> marks;

    private Adaptation(Framework framework, FrameworkCatalogue catalogue) {
        this.framework = framework;
        this.catalogue = catalogue;
    }

    static Adaptation of(Framework framework, FrameworkCatalogue catalogue) {
        return new Adaptation(framework, catalogue);
    }

    public boolean isAdaptation() {
        return base().isPresent();
    }

    /** {@code added}, {@code changed} or {@code null} for an item that is as in the base. */
    public @Nullable String item(String code) {
        return mark("item:" + code);
    }

    public @Nullable String role(String code) {
        return mark("role:" + code);
    }

    private Optional<Framework> base() {
        var basedOn = framework.basedOn();
        return basedOn == null ? Optional.empty() : catalogue.find(basedOn.slug(), basedOn.version());
    }

    private @Nullable String mark(String key) {
        if (marks == null) {
            Map<String, Change> found = new HashMap<>();
            base().ifPresent(base -> FrameworkComparison.between(base, framework).subjects().stream()
                    .filter(s -> s.kind() != Kind.FRAMEWORK)
                    .forEach(s -> found.put(s.kind().code() + ":" + s.code(), s.change())));
            marks = found;
        }
        Change change = marks.get(key);
        return change == null || change == Change.REMOVED ? null : change.code();
    }
}
