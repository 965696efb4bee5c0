package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The exam of one role of a framework: how long it lasts, which questions a form holds (its sections, drawn in
 * order), the pass mark overall (a percent of the form's points) and the retake rule.
 */
public record Blueprint(
        String frameworkSlug,
        String roleCode,
        Duration duration,
        List<BlueprintSection> sections,
        BigDecimal passMark,
        RetakeRule retakes) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Blueprint {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a blueprint needs at least one section");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        checkPercent(passMark, "passMark");
        checkBands(sections);
    }

    /** The areas the sections draw from, each once, in the order of their first section. */
    public List<String> areas() {
        return sections.stream().map(BlueprintSection::area).distinct().toList();
    }

    /** The pass mark of an area, if its sections have one. */
    public Optional<BigDecimal> passMark(String area) {
        return sections.stream()
                .filter(s -> s.area().equals(area) && s.passMark() != null)
                .map(BlueprintSection::passMark)
                .findFirst();
    }

    static void checkPercent(BigDecimal percent, String name) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be a percent from 0 to 100, was " + percent);
        }
    }

    private static void checkBands(List<BlueprintSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                BlueprintSection a = sections.get(i);
                BlueprintSection b = sections.get(j);
                if (!a.area().equals(b.area())) {
                    continue;
                }
                if (a.minLevel() <= b.maxLevel() && b.minLevel() <= a.maxLevel()) {
                    throw new IllegalArgumentException("sections of area " + a.area() + " overlap in levels");
                }
                if (!samePercent(a.passMark(), b.passMark())) {
                    throw new IllegalArgumentException("sections of area " + a.area() + " differ in pass mark");
                }
            }
        }
    }

    private static boolean samePercent(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
