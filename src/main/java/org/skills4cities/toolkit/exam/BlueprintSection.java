package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One part of a blueprint: from competence area {@code area}, {@code questions} single- or multiple-choice questions
 * and {@code scenarios} scenarios (each scored as the questions of its parts) at levels {@code minLevel} to
 * {@code maxLevel}. Sections of one area cover levels that do not overlap and share the area's pass mark (a percent),
 * when it has one.
 */
public record BlueprintSection(
        String area,
        int questions,
        int scenarios,
        int minLevel,
        int maxLevel,
        @Nullable BigDecimal passMark) {

    public BlueprintSection {
        if (questions < 0 || scenarios < 0 || questions + scenarios == 0) {
            throw new IllegalArgumentException(
                    "a section draws at least one question or scenario, was " + questions + " and " + scenarios);
        }
        if (minLevel > maxLevel) {
            throw new IllegalArgumentException("minLevel " + minLevel + " is above maxLevel " + maxLevel);
        }
        if (passMark != null) {
            Blueprint.checkPercent(passMark, "passMark");
        }
    }

    /** Whether a bank item (a question or a scenario) belongs to this section's area and level band. */
    public boolean covers(ExamItem item) {
        return item.area().equals(area) && item.level() >= minLevel && item.level() <= maxLevel;
    }
}
