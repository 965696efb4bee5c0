package org.skills4cities.toolkit.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-5 %", "@home", "\tindented", "\rreturn", "'quoted", "''twice", "'"})
    void putsAnApostropheBeforeWhatASpreadsheetWouldRunAndTakesItOffAgain(String stored) {
        String cell = SpreadsheetText.neutralised(stored);

        assertThat(cell).isEqualTo("'" + stored);
        assertThat(SpreadsheetText.restored(cell)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "1.10", "a=b", "it's", "TRUE"})
    void leavesOtherTextAsItIs(String stored) {
        assertThat(SpreadsheetText.neutralised(stored)).isEqualTo(stored);
        assertThat(SpreadsheetText.restored(stored)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'hello", "'1.10", "' spaced"})
    void keepsAnApostropheAPersonTypedBeforeHarmlessText(String cell) {
        assertThat(SpreadsheetText.restored(cell)).isEqualTo(cell);
    }
}
