package org.skills4cities.toolkit.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTests {

    @Test
    void foldsAGreekNameInCapitalsWithOrWithoutAccentsToTheSameKey() {
        String key = NameFolding.fold("Γιώργος Παπαδόπουλος");

        assertThat(key).isEqualTo("γιωργοσ παπαδοπουλοσ");
        assertThat(NameFolding.fold("ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ")).isEqualTo(key);
        assertThat(NameFolding.fold("ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ")).isEqualTo(key);
        assertThat(NameFolding.fold("γιωργος παπαδοπουλος")).isEqualTo(key);
    }

    @Test
    void foldsTheGreekFinalSigmaAndTheDiaeresis() {
        assertThat(NameFolding.fold("Σωκράτης")).isEqualTo(NameFolding.fold("ΣΩΚΡΑΤΗΣ"));
        assertThat(NameFolding.fold("Ευάγγελος Ζαΐμης")).isEqualTo("ευαγγελοσ ζαιμησ");
        assertThat(NameFolding.fold("ΖΑΪΜΗΣ")).isEqualTo("ζαιμησ");
    }

    @ParameterizedTest
    @CsvSource({
        "Йордан Стоянов, ЙОРДАН СТОЯНОВ",
        "Ștefan Țurcanu, Ştefan Ţurcanu",
        "Ștefan Țurcanu, STEFAN TURCANU",
        "Mihaela Bălănescu-Ionescu, mihaela balanescu-ionescu",
        "Jürgen Groß, JURGEN GROSS",
        "Jürgen Groß, JÜRGEN GROẞ",
        "José Ángel Núñez, jose angel nunez",
        "MARÍA JOSÉ PEÑA, maria jose pena"
    })
    void foldsNamesThatPeopleTypeDifferentlyToOneKey(String name, String typed) {
        assertThat(NameFolding.fold(typed)).isEqualTo(NameFolding.fold(name));
    }

    @ParameterizedTest
    @CsvSource({
        "Groß, gross",
        "Søren Ærø, soren aero",
        "SØREN, soren",
        "Łukasz Đorđević, lukasz dordevic",
        "ŁUKASZ ĐORĐEVIĆ, lukasz dordevic",
        "Françoise Œuvray, francoise oeuvray",
        "Ægir, aegir"
    })
    void spellsTheLatinLettersThatDoNotDecomposeWithoutTheirMark(String name, String folded) {
        assertThat(NameFolding.fold(name)).isEqualTo(folded);
    }

    @Test
    void foldsBulgarianToLowerCaseWithoutTheBreve() {
        assertThat(NameFolding.fold("ЙОРДАН Стоянов")).isEqualTo("иордан стоянов");
        assertThat(NameFolding.fold("Мария Иванова")).isEqualTo(NameFolding.fold("МАРИЯ ИВАНОВА"));
    }

    @Test
    void collapsesWhiteSpaceOfAnyKindAndTrimsIt() {
        assertThat(NameFolding.fold("  Anna\t\u00a0 Maria\n Schmidt \u2003")).isEqualTo("anna maria schmidt");
    }

    @Test
    void keepsNamesDistinctThatDifferInALetter() {
        assertThat(NameFolding.fold("Γιώργος")).isNotEqualTo(NameFolding.fold("Γιώργης"));
        assertThat(NameFolding.fold("Müller")).isNotEqualTo(NameFolding.fold("Miller"));
    }
}
