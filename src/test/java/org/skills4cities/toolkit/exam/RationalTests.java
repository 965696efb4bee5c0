package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RationalTests {

    @Test
    void keepsThirdsExactWhereDecimalsWouldDrift() {
        Rational third = Rational.of(1, 3);

        Rational whole = third.plus(third).plus(third);

        assertThat(whole).isEqualTo(Rational.ONE);
        assertThat(whole.compareTo(Rational.ONE)).isZero();
    }

    @Test
    void isAlwaysInLowestTermsWithAPositiveDenominator() {
        assertThat(Rational.of(4, -6)).isEqualTo(Rational.of(-2, 3));
        assertThat(Rational.of(0, 5)).isEqualTo(Rational.ZERO);
    }

    @Test
    void readsDecimalsExactly() {
        assertThat(Rational.of(new BigDecimal("62.50"))).isEqualTo(Rational.of(125, 2));
        assertThat(Rational.of(new BigDecimal("0.1"))).isEqualTo(Rational.of(1, 10));
        assertThat(Rational.of(new BigDecimal("1E+2"))).isEqualTo(Rational.of(100));
    }

    @Test
    void roundsHalfUpOnlyWhenShown() {
        assertThat(Rational.of(2, 3).rounded(2)).isEqualByComparingTo("0.67");
        assertThat(Rational.of(1, 8).rounded(2)).isEqualByComparingTo("0.13");
        assertThat(Rational.of(-1, 8).rounded(2)).isEqualByComparingTo("-0.13");
    }

    @Test
    void refusesAZeroDenominator() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
