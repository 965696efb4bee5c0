package org.skills4cities.toolkit.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The translation report as editors get it: JSON from the API and a page in their language. */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationReportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void reportsEveryLanguageCompleteAsJson() {
        var json = assertThat(mvc.get().uri("/api/v1/translations?framework=skills4cities"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.languages[*].language").asArray().containsExactly("en", "bg", "ro", "de", "es", "el");
        json.extractingPath("$.languages[*].interfaceMessages.missing[*]")
                .asArray()
                .isEmpty();
        json.extractingPath("$.languages[*].frameworks[*].missing[*]").asArray().isEmpty();
        json.extractingPath("$.languages[1].frameworks[0].framework").isEqualTo("skills4cities");
        json.extractingPath("$.languages[1].frameworks[0].total")
                .asNumber()
                .isEqualTo(json.extractingPath("$.languages[1].frameworks[0].translated")
                        .actual());
    }

    @Test
    void refusesAnUnknownFrameworkWithAProblem() {
        assertThat(mvc.get().uri("/api/v1/translations?framework=nope&lang=bg"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("nope");
    }

    @Test
    void showsTheReportPageInTheEditorsLanguage() {
        assertThat(mvc.get().uri("/translations?lang=el"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"el\">", "Αναφορά μετάφρασης", "Δεν λείπει τίποτα.")
                .contains("Български", "Ελληνικά");
    }
}
