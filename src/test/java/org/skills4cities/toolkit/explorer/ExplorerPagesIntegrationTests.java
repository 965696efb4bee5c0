package org.skills4cities.toolkit.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ExplorerPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void showsTheRolesAndAreasOnTheHomePage() {
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"en\">")
                .contains("Smart City Project Manager", "Smart City Project Management Consultant")
                .contains("Smart City Project Developer")
                .contains("Project and programme management")
                .contains("action=\"/search\"");
    }

    @Test
    void showsTheFiveLevelsAndTheRolesOfACompetence() {
        assertThat(mvc.get().uri("/frameworks/skills4cities/competences/C.7"))
                .hasStatusOk()
                .bodyText()
                .contains("GIS, geospatial data and urban digital twins")
                .contains("class=\"step step-5\"", "class=\"step step-1\"")
                .contains("Knowledge", "Skills", "Attitudes", "Sources")
                .contains("/frameworks/skills4cities/roles/SCPD");
    }

    @Test
    void sendsWholePagesWithTheirTrueLength() throws Exception {
        for (String path : java.util.List.of(
                "/",
                "/frameworks/skills4cities",
                "/frameworks/skills4cities/competences/C.7",
                "/frameworks/skills4cities/roles/SCPM",
                "/frameworks/skills4cities/compare",
                "/search?q=budget")) {
            var response = mvc.get().uri(path).exchange().getResponse();

            assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .as(path)
                    .containsPattern("</html>\\s*$");
            assertThat(response.getContentLength()).as(path).isEqualTo(response.getContentAsByteArray().length);
        }
    }

    @Test
    void showsARoleWithItsRequirementsAndChartData() {
        assertThat(mvc.get().uri("/frameworks/skills4cities/roles/SCPMC"))
                .hasStatusOk()
                .bodyText()
                .contains("Smart City Project Management Consultant")
                .contains("Mission", "Main tasks", "Deliverables")
                .contains("mandatory", "optional")
                .contains("data-chart=\"{&#34;indicators&#34;:[{&#34;name&#34;:&#34;A.1&#34;");
    }

    @Test
    void comparesTheRolesAndFiltersByArea() {
        assertThat(mvc.get().uri("/frameworks/skills4cities/compare"))
                .hasStatusOk()
                .bodyText()
                .contains("<tr class=\"differs\">")
                .contains("SCPM", "SCPMC", "SCPD");
        assertThat(mvc.get()
                        .uri("/frameworks/skills4cities/compare?area=D&mandatoryOnly=true")
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("<div id=\"comparison\"")
                .doesNotContain("<html")
                .contains("/competences/D.")
                .doesNotContain("/competences/A.");
    }

    @Test
    void searchesAndHighlights() {
        assertThat(mvc.get().uri("/search?q=open data"))
                .hasStatusOk()
                .bodyText()
                .contains("<mark>")
                .contains("/frameworks/skills4cities/competences/C.3");
    }

    @Test
    void escapesWhatTheUserTyped() {
        assertThat(mvc.get().uri("/search?q=<script>alert(1)</script>"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void answersAnUnknownCompetenceWithANotFoundPage() {
        assertThat(mvc.get().uri("/frameworks/skills4cities/competences/Q.42"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Page not found");
    }

    @Test
    void ignoresALanguageCookieOrParameterItDoesNotKnow() {
        assertThat(mvc.get().uri("/").cookie(new jakarta.servlet.http.Cookie("s4c-lang", "a%20b")))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"en\">");
        assertThat(mvc.get().uri("/?lang=xx").exchange()).cookies().doesNotContainCookie("s4c-lang");
    }

    @Test
    void keepsTheChosenLanguageInACookie() {
        var result = mvc.get().uri("/frameworks/skills4cities?lang=el").exchange();

        assertThat(result).hasStatusOk().cookies().containsCookie("s4c-lang");
        assertThat(result)
                .bodyText()
                .contains("<html lang=\"el\">", "Πλαίσιο ικανοτήτων αναφοράς Skills4Cities")
                .doesNotContain("class=\"fallback\"");
    }
}
