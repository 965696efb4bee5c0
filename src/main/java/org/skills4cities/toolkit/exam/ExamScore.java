package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of an exam attempt: the exact points earned of the form's maximum, the percent rounded once for showing,
 * whether the attempt passed (decided on exact values: overall and in every area with a pass mark), and the result of
 * each area in blueprint order.
 */
public record ExamScore(Rational points, int maxPoints, BigDecimal percent, boolean passed, List<AreaScore> areas) {

    public ExamScore {
        areas = List.copyOf(areas);
    }

    /** The points rounded once, half up, to two decimals: for showing only. */
    public BigDecimal shownPoints() {
        return points.rounded(2);
    }
}
