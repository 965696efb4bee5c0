package org.skills4cities.toolkit.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EqfLevelTests {

    @Test
    void readsALevelWrittenAsAnEqfLevel() {
        assertThat(EqfLevel.of("EQF 6")).hasValue(6);
        assertThat(EqfLevel.of(" eqf8 ")).hasValue(8);
        assertThat(EqfLevel.concept(6)).isEqualTo("http://data.europa.eu/snb/eqf/6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "Proficient", "EQF 9", "EQF 0", "EQF 6+", "NQF 6", ""})
    void takesAnyOtherLevelAsItIs(String level) {
        assertThat(EqfLevel.of(level)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void takesNoLevelAsNoEqfLevel() {
        assertThat(EqfLevel.of(null)).isEmpty();
    }
}
