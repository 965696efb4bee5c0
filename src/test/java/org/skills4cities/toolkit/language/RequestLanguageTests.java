package org.skills4cities.toolkit.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestLanguageTests {

    @Test
    void prefersTheLangParameter() {
        assertThat(RequestLanguage.choose("el", "de-DE,de;q=0.9")).isEqualTo(Language.EL);
    }

    @Test
    void followsAcceptLanguageWithoutParameter() {
        assertThat(RequestLanguage.choose(null, "fr-FR,ro;q=0.8,en;q=0.5")).isEqualTo(Language.RO);
    }

    @Test
    void fallsBackToEnglish() {
        assertThat(RequestLanguage.choose(null, null)).isEqualTo(Language.EN);
        assertThat(RequestLanguage.choose("", "fr,it;q=0.5")).isEqualTo(Language.EN);
        assertThat(RequestLanguage.choose(null, ";;;not a header")).isEqualTo(Language.EN);
    }

    @Test
    void refusesALanguageTheToolkitDoesNotSpeak() {
        assertThatThrownBy(() -> RequestLanguage.choose("fr", null))
                .isInstanceOfSatisfying(
                        UnsupportedLanguage.class,
                        e -> assertThat(e.requested()).isEqualTo("fr"));
    }

    @Test
    void answersAProblemInTheAcceptedLanguageWhenLangNamesNone() {
        assertThat(RequestLanguage.lenient("xx", "el-GR,el;q=0.9")).isEqualTo(Language.EL);
        assertThat(RequestLanguage.lenient("bg", "el")).isEqualTo(Language.BG);
        assertThat(RequestLanguage.lenient("", null)).isEqualTo(Language.EN);
    }
}
