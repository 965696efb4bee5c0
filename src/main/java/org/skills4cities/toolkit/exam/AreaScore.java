package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The result in one competence area: the exact points earned of the area's maximum, the percent rounded once for
 * showing, the area's pass mark (a percent) if the blueprint sets one, and whether the area reached it (an area
 * without a pass mark always counts as passed).
 */
public record AreaScore(
        String area,
        Rational points,
        int maxPoints,
        BigDecimal percent,
        @Nullable BigDecimal passMark,
        boolean passed) {

    /** The points rounded once, half up, to two decimals: for showing only. */
    public BigDecimal shownPoints() {
        return points.rounded(2);
    }
}
