package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The guide as JSON, open to anyone: in one language, filtered by group, topic and query; bad filters answer 400. */
@SpringBootTest(properties = "toolkit.guide.location=" + UserGuideTests.FIXTURE)
@AutoConfigureMockMvc
class GuideApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersTheWholeGuideInTheLanguageAskedFor() {
        assertThat(mvc.get().uri("/api/v1/guide?lang=bg"))
                .hasStatusOk()
                .hasHeader("Content-Language", "bg")
                .bodyJson()
                .hasPathSatisfying("$.language", v -> v.assertThat().isEqualTo("bg"))
                .hasPathSatisfying(
                        "$.groups[*].group", v -> v.assertThat().asList().containsExactly("learners", "trainers"))
                .hasPathSatisfying("$.groups[1].title", v -> v.assertThat().isEqualTo("Обучители"))
                .hasPathSatisfying("$.entries.length()", v -> v.assertThat().isEqualTo(6))
                .hasPathSatisfying(
                        "$.entries[0].question",
                        v -> v.assertThat().isEqualTo("Как да разбера кое ниво на владеене ми подхожда?"))
                .hasPathSatisfying(
                        "$.entries[0].path", v -> v.assertThat().isEqualTo("/guide/learners#learners-which-level"))
                .hasPathSatisfying(
                        "$.entries[0].topics", v -> v.assertThat().asList().containsExactly("explorer", "competence"))
                .doesNotHavePath("$.query")
                .doesNotHavePath("$.entries[0].highlight");
    }

    @Test
    void filtersByGroupTopicAndQuery() {
        assertThat(mvc.get().uri("/api/v1/guide?group=trainers&topic=assessment"))
                .bodyJson()
                .hasPathSatisfying(
                        "$.groups[*].group", v -> v.assertThat().asList().containsExactly("trainers"))
                .hasPathSatisfying(
                        "$.entries[*].id", v -> v.assertThat().asList().containsExactly("trainers-validation"));
        assertThat(mvc.get().uri("/api/v1/guide?lang=el&q=ΑΞΙΟΛΟΓΗΣΗ&group=learners"))
                .bodyJson()
                .hasPathSatisfying("$.query", v -> v.assertThat().isEqualTo("ΑΞΙΟΛΟΓΗΣΗ"))
                .hasPathSatisfying(
                        "$.entries[*].id", v -> v.assertThat().asList().containsExactly("learners-self-assessment"))
                .hasPathSatisfying(
                        "$.entries[0].highlight", v -> v.assertThat().asString().contains("<mark>"))
                .hasPathSatisfying("$.entries[0].matchedIn", v -> v.assertThat().isEqualTo("el"));
    }

    @Test
    void refusesAnUnknownGroupOrTopicNamingItInTheCallersLanguage() {
        assertThat(mvc.get().uri("/api/v1/guide?group=citizens&lang=de"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("Unbekannte Gruppe des Leitfadens"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("„citizens“"))
                .hasPathSatisfying("$.language", v -> v.assertThat().isEqualTo("de"));
        assertThat(mvc.get().uri("/api/v1/guide?topic=exams").header("Accept-Language", "el"))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("Ο οδηγός δεν έχει θέμα «exams»."));
    }

    @Test
    void refusesAnOverLongQueryAndAnUnknownLanguage() {
        assertThat(mvc.get().uri("/api/v1/guide?q=" + "x".repeat(201)))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/guide?lang=fr")).hasStatus(400);
    }
}
