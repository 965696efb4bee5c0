package org.skills4cities.toolkit.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.importing.ReferenceFrameworkFile;
import org.skills4cities.toolkit.translation.TranslationReport.FrameworkCoverage;
import org.skills4cities.toolkit.translation.TranslationReport.LanguageCoverage;
import org.skills4cities.toolkit.translation.TranslationReport.MissingText;

/**
 * The build's own translation check: the interface and the reference framework exist in all six languages, in sound
 * files; and the report names exactly what a half-translated framework lacks.
 */
class TranslationReportTests {

    @Test
    void theInterfaceAndTheReferenceFrameworkAreCompleteInEveryLanguage() {
        TranslationReport report = TranslationReport.of(List.of(ReferenceFrameworkFile.framework()));

        assertThat(report.languages())
                .extracting(LanguageCoverage::language)
                .containsExactly("en", "bg", "ro", "de", "es", "el");
        for (LanguageCoverage language : report.languages()) {
            assertThat(language.interfaceMessages().problems())
                    .as("problems of the %s message bundle", language.language())
                    .isEmpty();
            assertThat(language.interfaceMessages().missing())
                    .as("interface messages missing in %s", language.language())
                    .isEmpty();
            FrameworkCoverage framework = language.frameworks().getFirst();
            assertThat(framework.missing())
                    .as("reference framework texts missing in %s", language.language())
                    .isEmpty();
            assertThat(framework.translated()).isEqualTo(framework.total()).isGreaterThan(750);
        }
        assertThat(report.complete()).isTrue();
    }

    @Test
    void namesEachTextAHalfTranslatedFrameworkLacks() {
        TranslationReport report =
                TranslationReport.of(List.of(ReferenceFrameworkFile.read("/frameworks/half-translated.json")));

        LanguageCoverage bulgarian = report.languages().get(1);
        FrameworkCoverage framework = bulgarian.frameworks().getFirst();

        assertThat(framework.total()).isEqualTo(8);
        assertThat(framework.missing())
                .containsExactly(
                        new MissingText("proficiency-level", "2", "title", "Advanced"),
                        new MissingText("item", "X", "title", "Area"),
                        new MissingText("item", "X.1", "level:2", "Publishes open data sets."),
                        new MissingText("item", "X.1", "knowledge:0", "Open licences"));
        assertThat(framework.translated()).isEqualTo(4);
        assertThat(bulgarian.complete()).isFalse();
        assertThat(report.languages().getFirst().complete()).isTrue();
        assertThat(report.languages().get(5).frameworks().getFirst().translated())
                .as("Greek has only the area title")
                .isEqualTo(1);
    }
}
