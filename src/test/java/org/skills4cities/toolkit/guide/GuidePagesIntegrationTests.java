package org.skills4cities.toolkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The guide's pages, open to anyone, in each language, from the test fixture's two groups. */
@SpringBootTest(properties = "toolkit.guide.location=" + UserGuideTests.FIXTURE)
@AutoConfigureMockMvc
class GuidePagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserGuide guide;

    @ParameterizedTest
    @EnumSource(Language.class)
    void showsEveryPageInTheLanguageChosenWithTheGuidesTextInIt(Language language) throws Exception {
        String competences = Map.of(
                        Language.EN, "competences",
                        Language.BG, "компетентности",
                        Language.RO, "competențe",
                        Language.DE, "Kompetenzen",
                        Language.ES, "competencias",
                        Language.EL, "ικανότητες")
                .get(language);
        for (String path : List.of(
                "/guide",
                "/guide/learners",
                "/guide/trainers",
                "/guide/topics/assessment",
                "/guide/search?q=" + competences)) {
            Document page = page(path + (path.contains("?") ? "&" : "?") + "lang=" + language.code());

            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(language.code());
            assertThat(page.select("a[href=/guide]")).as(path).isNotEmpty();
            String text = page.body().text();
            boolean showsLearners = path.equals("/guide") || path.equals("/guide/learners");
            for (GuideEntry entry : showsLearners ? guide.groups().getFirst().entries() : List.<GuideEntry>of()) {
                assertThat(text).as(path).contains(entry.question().in(language).text());
            }
            if (language != Language.EN) {
                for (GuideEntry entry : guide.entries()) {
                    assertThat(text)
                            .as("English on %s", path)
                            .doesNotContain(entry.question().english());
                }
            }
        }
    }

    @Test
    void showsTheAnswersOfAGroupWithAnchorsLinksToThemAndTheirAddressesLinked() throws Exception {
        Document page = page("/guide/trainers?lang=el");

        Element entry = page.getElementById("trainers-unit-outcomes");
        assertThat(entry.tagName()).isEqualTo("article");
        assertThat(entry.selectFirst("h2").text())
                .isEqualTo("Πού βρίσκω τα μαθησιακά αποτελέσματα μιας διδακτικής μονάδας;");
        assertThat(entry.select("a.permalink").attr("href")).isEqualTo("/guide/trainers#trainers-unit-outcomes");
        assertThat(entry.select("a.permalink").text()).isEqualTo("Σύνδεσμος προς αυτή την απάντηση");
        assertThat(entry.select(".answer a").eachAttr("href")).containsExactly("/curricula", "/curricula/units/A-U1");
        assertThat(page.select("nav.guide-contents a").eachAttr("href"))
                .containsExactly("#trainers-unit-outcomes", "#trainers-validation", "#trainers-search-languages");
        assertThat(page.getElementById("trainers-validation").select(".answer p"))
                .hasSize(2);
    }

    @Test
    void showsAnAddressWithAVariablePartWithoutLinkingIt() throws Exception {
        Element entry = page("/guide/learners").getElementById("learners-gap-report");

        assertThat(entry.select(".answer code").eachText()).containsExactly("/assessments/{id}/report");
        assertThat(entry.select(".answer a")).isEmpty();
    }

    @Test
    void gathersTheEntriesAboutATopicFromEveryGroup() throws Exception {
        Document page = page("/guide/topics/assessment?lang=de");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Fragen zum Thema: Selbsteinschätzung");
        assertThat(page.select("section.guide-group h2").eachText())
                .containsExactly("Lernende und Berufstätige", "Trainerinnen und Trainer");
        assertThat(page.select("article.guide-entry").eachAttr("id"))
                .containsExactly("learners-self-assessment", "trainers-validation");
        assertThat(page("/guide/topics/team-view").select("main p").text()).contains("no questions about this yet");
    }

    @Test
    void answersAnUnknownGroupOrTopicWithTheNotFoundPage() {
        for (String path : List.of("/guide/citizens", "/guide/topics/exams", "/guide/hr")) {
            assertThat(mvc.get().uri(path + "?lang=bg"))
                    .as(path)
                    .hasStatus(404)
                    .bodyText()
                    .contains("Страницата не е намерена");
        }
    }

    @Test
    void searchesInTheReadersLanguageAndMarksAHitFoundInAnother() throws Exception {
        Document greek = page("/guide/search?lang=el&q=ΑΞΙΟΛΟΓΗΣΗ");
        assertThat(greek.select(".hit h2 a").eachAttr("href")).contains("/guide/trainers#trainers-validation");
        assertThat(greek.select(".hit mark").eachText()).contains("αξιολόγηση");
        assertThat(greek.select(".matched-language")).isEmpty();

        Document english = page("/guide/search?q=Lückenbericht");
        assertThat(english.select(".hit h2").text()).isEqualTo("What does the gap report show?");
        assertThat(english.select(".hit .highlight").attr("lang")).isEqualTo("de");
        assertThat(english.select(".matched-language").text()).contains("German");
    }

    @Test
    void handlesEmptyOverLongAndOverComplexQueriesLikeTheFrameworkSearch() throws Exception {
        assertThat(page("/guide/search?q= ").select("main p").text()).contains("Type a question");
        Document tooLong = page("/guide/search?q=" + "assess ".repeat(40));
        assertThat(tooLong.select("#guide-q").val()).hasSizeLessThanOrEqualTo(200);
        StringBuilder complex = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            complex.appendCodePoint(0x4E00 + i);
        }
        assertThat(page("/guide/search?q=" + complex).select("[role=status]").text())
                .contains("too complex");
    }

    @Test
    void linksTheGuideFromTheNavigationAndFromTheExplorerPage() throws Exception {
        Document page = page("/frameworks/skills4cities?lang=es");

        assertThat(page.select("header nav a[href=/guide]").text()).isEqualTo("Guía");
        Element link = page.selectFirst(".guide-link a");
        assertThat(link.attr("href")).isEqualTo("/guide/topics/explorer");
        assertThat(link.attr("aria-label")).isEqualTo("Preguntas sobre esta página: Exploración del marco");
        assertThat(page("/frameworks/skills4cities/compare")
                        .select(".guide-link a")
                        .attr("href"))
                .isEqualTo("/guide/topics/compare");
    }

    private Document page(String path) throws Exception {
        var response = mvc.get().uri(path).exchange().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
