package org.skills4cities.toolkit.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.importing.ReferenceFrameworkFile;
import org.skills4cities.toolkit.framework.web.FrameworkViews.AreaView;
import org.skills4cities.toolkit.framework.web.FrameworkViews.CompetenceView;
import org.skills4cities.toolkit.framework.web.FrameworkViews.FrameworkView;
import org.skills4cities.toolkit.language.Language;

/** Texts missing in the language asked for come in English, and each object says which of its fields did. */
class FrameworkViewsTests {

    private final Framework framework = ReferenceFrameworkFile.read("/frameworks/half-translated.json");

    @Test
    void marksEachFieldThatFellBackToEnglish() {
        FrameworkView view = FrameworkView.of(framework, Language.BG);

        assertThat(view.title()).isEqualTo("Наполовина преведена рамка");
        assertThat(view.fallback()).isEmpty();
        assertThat(view.proficiencyLevels().get(0).fallback()).isEmpty();
        assertThat(view.proficiencyLevels().get(1).title()).isEqualTo("Advanced");
        assertThat(view.proficiencyLevels().get(1).fallback()).containsExactly("/title");
        AreaView area = view.areas().getFirst();
        assertThat(area.title()).isEqualTo("Area");
        assertThat(area.fallback()).as("an absent description is no fallback").containsExactly("/title");
        CompetenceView competence = area.competences().getFirst();
        assertThat(competence.title()).isEqualTo("Отворени данни");
        assertThat(competence.levels().get(1).description()).isEqualTo("Publishes open data sets.");
        assertThat(competence.fallback()).containsExactly("/levels/1", "/knowledge/0");
    }

    @Test
    void marksNothingInEnglish() {
        FrameworkView view = FrameworkView.of(framework, Language.EN);

        assertThat(view.fallback()).isEmpty();
        assertThat(view.areas().getFirst().fallback()).isEmpty();
        assertThat(view.areas().getFirst().competences().getFirst().fallback()).isEmpty();
    }
}
