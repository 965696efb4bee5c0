package org.skills4cities.toolkit.exam.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.Blueprint;
import org.skills4cities.toolkit.exam.BlueprintSection;

/**
 * A role's exam as the public sees it, in the API and on the page: duration, what each area draws, pass marks and the
 * retake rule; no questions.
 */
public record BlueprintView(
        String framework,
        String role,
        long durationMinutes,
        BigDecimal passMark,
        int questions,
        int scenarios,
        List<SectionView> sections,
        RetakeView retakes) {

    /** One section: the area, how many questions and scenarios at which levels, the area's pass mark if any. */
    public record SectionView(
            String area,
            int questions,
            int scenarios,
            int minLevel,
            int maxLevel,
            @Nullable BigDecimal passMark) {}

    /** At most {@code maxAttempts} attempts within {@code period} (ISO 8601), {@code waitDays} days apart. */
    public record RetakeView(int maxAttempts, String period, int years, int months, int days, int waitDays) {}

    static BlueprintView of(Blueprint blueprint) {
        List<SectionView> sections = blueprint.sections().stream()
                .map(s -> new SectionView(
                        s.area(), s.questions(), s.scenarios(), s.minLevel(), s.maxLevel(), s.passMark()))
                .toList();
        var period = blueprint.retakes().period();
        return new BlueprintView(
                blueprint.frameworkSlug(),
                blueprint.roleCode(),
                blueprint.duration().toMinutes(),
                blueprint.passMark(),
                blueprint.sections().stream()
                        .mapToInt(BlueprintSection::questions)
                        .sum(),
                blueprint.sections().stream()
                        .mapToInt(BlueprintSection::scenarios)
                        .sum(),
                sections,
                new RetakeView(
                        blueprint.retakes().maxAttempts(),
                        period.toString(),
                        period.getYears(),
                        period.getMonths(),
                        period.getDays(),
                        blueprint.retakes().waitDays()));
    }
}
