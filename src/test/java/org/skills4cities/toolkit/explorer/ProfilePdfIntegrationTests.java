package org.skills4cities.toolkit.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.StatementKind;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The printable profiles, read back: the PDF holds exactly the texts of the profile in the language asked for, in an
 * embedded font, and saves under a name in that language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfilePdfIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @ParameterizedTest
    @EnumSource(Language.class)
    void printsTheRoleProfileInItsLanguage(Language language) throws IOException {
        Framework framework = catalogue.get("skills4cities");
        RoleProfile role = framework.role("SCPM").orElseThrow();
        MockHttpServletResponse response = pdf("/frameworks/skills4cities/roles/SCPM/pdf", language);

        String text = textOf(response);

        List<LocalizedText> expected = new ArrayList<>(List.of(role.title(), role.mission()));
        expected.addAll(role.tasks());
        expected.addAll(role.deliverables());
        role.requirements()
                .forEach(r -> expected.add(
                        framework.competence(r.competence()).orElseThrow().title()));
        for (LocalizedText source : expected) {
            LocalizedText.Localized localized = source.in(language);
            assertThat(localized.fallback())
                    .as("%s in %s", localized.text(), language)
                    .isFalse();
            assertThat(text).contains(squeezed(localized.text()));
        }
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.code());
        }
        assertThat(attachmentName(response))
                .as("the title, with a slash (Projektmanager/-in) made a hyphen")
                .isEqualTo(role.title().in(language).text().replace("/-", "-").replace("/", "-") + ".pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"skills4cities-scpm-" + language.code() + ".pdf\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bg", "el", "ro"})
    void printsTheCompetenceWithItsLevelsAndStatements(String code) throws IOException {
        Language language = Language.ofCode(code).orElseThrow();
        FrameworkItem competence = catalogue.competence("skills4cities", "C.7");

        String text = textOf(pdf("/frameworks/skills4cities/competences/C.7/pdf", language));

        List<LocalizedText> expected = new ArrayList<>(List.of(competence.title(), competence.description()));
        competence.levels().stream().map(LevelDescriptor::description).forEach(expected::add);
        Stream.of(StatementKind.values()).map(competence::statements).forEach(expected::addAll);
        for (LocalizedText source : expected) {
            assertThat(text).contains(squeezed(source.in(language).text()));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/frameworks/skills4cities/roles/SCPD/pdf", "/frameworks/skills4cities/competences/A.1/pdf"})
    void embedsEveryFontItUses(String path) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(path, Language.EL).getContentAsByteArray())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/frameworks/skills4cities/roles/NOPE/pdf", "/frameworks/nope/competences/A.1/pdf"})
    void answersNotFoundForWhatDoesNotExist(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(404);
    }

    private MockHttpServletResponse pdf(String path, Language language) {
        MockHttpServletResponse response =
                mvc.get().uri(path + "?lang=" + language.code()).exchange().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo(language.code());
        return response;
    }

    /** The PDF's text without any white space, so that line breaks where the page wrapped a line do not count. */
    private static String textOf(MockHttpServletResponse response) throws IOException {
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String attachmentName(MockHttpServletResponse response) {
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
