package org.skills4cities.toolkit.exam;

import java.time.Period;

/**
 * How often a candidate may sit a role's exam: at most {@code maxAttempts} attempts within any {@code period}, and at
 * least {@code waitDays} days between the close of one attempt and the start of the next.
 */
public record RetakeRule(int maxAttempts, Period period, int waitDays) {

    public RetakeRule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        if (waitDays < 0) {
            throw new IllegalArgumentException("waitDays must not be negative, was " + waitDays);
        }
    }
}
