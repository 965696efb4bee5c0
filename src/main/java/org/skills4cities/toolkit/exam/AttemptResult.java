package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stored result of a closed attempt: the points (exact, and rounded once for showing), the percent, whether it
 * passed, and each area against its pass mark. No question or answer is in it.
 */
public record AttemptResult(
        String exactPoints, BigDecimal points, int maxPoints, BigDecimal percent, boolean passed, List<Area> areas) {

    public AttemptResult {
        areas = List.copyOf(areas);
    }

    /** One area's result. */
    public record Area(
            String area,
            BigDecimal points,
            int maxPoints,
            BigDecimal percent,
            @Nullable BigDecimal passMark,
            boolean passed) {}

    static AttemptResult of(ExamScore score) {
        return new AttemptResult(
                score.points().toString(),
                score.shownPoints(),
                score.maxPoints(),
                score.percent(),
                score.passed(),
                score.areas().stream()
                        .map(a -> new Area(
                                a.area(), a.shownPoints(), a.maxPoints(), a.percent(), a.passMark(), a.passed()))
                        .toList());
    }
}
