package org.skills4cities.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The guided self-assessment without an account, as pages: the resume link that is the only way back, every step
 * saved, a wrong value refused with the competence named, the gap report as page, PDF (Greek read back) and CSV
 * (BOM, Bulgarian), and a share link that works until it is revoked — and nobody else's session gets in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentPagesIntegrationTests {

    private static final Pattern RESUME = Pattern.compile("/assessments/resume/([A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Test
    void anAnonymousPersonAssessesThemselvesGetsTheReportAndComesBackThroughTheResumeLink() throws Exception {
        Visitor session = new Visitor();
        MvcTestResult created = mvc.post()
                .uri("/assessments")
                .with(session)
                .with(csrf())
                .param("framework", "skills4cities")
                .param("role", "SCPD")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        session.keep(created.getResponse());
        String area = created.getResponse().getRedirectedUrl();
        assertThat(area).matches("/assessments/[0-9a-f-]{36}/areas/A");
        String id = area.split("/")[2];

        String page = body(
                mvc.get().uri(area).with(session).header("Host", "evil.example").exchange());
        assertThat(page).doesNotContain("evil.example");
        Matcher resume = RESUME.matcher(page);
        assertThat(resume.find()).as("the resume link is on the page").isTrue();
        String token = resume.group(1);
        assertThat(page).contains("The target role requires level 2 (mandatory).");

        MvcTestResult refused = mvc.post()
                .uri(area)
                .with(session)
                .with(csrf())
                .param("level.A.1", "9")
                .param("level.A.4", "3")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("The level 9 is not possible: use 0 (not yet) to 5.");
        assertThat(body(mvc.get()
                        .uri("/assessments/" + id + "/report")
                        .with(session)
                        .exchange()))
                .contains("You rated 0 of 40 competences.");

        MvcTestResult saved = mvc.post()
                .uri(area)
                .with(session)
                .with(csrf())
                .param("level.A.1", "2")
                .param("level.A.4", "3")
                .param("note.A.4", "=Led the SECAP update\u000b for Burgas\u0001") // pasted from a word processor
                .param("go", "next")
                .exchange();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + id + "/areas/B");

        String report = body(
                mvc.get().uri("/assessments/" + id + "/report").with(session).exchange());
        assertThat(report).contains("You rated 2 of 40 competences.", "id=\"radar\"", "readiness = Σ weight");

        MockHttpServletResponse pdf = mvc.get()
                .uri("/assessments/" + id + "/report/pdf?lang=el")
                .with(session)
                .exchange()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(textOf(pdf))
                .contains(
                        "ΠούβρίσκεστεσεσχέσημετονρόλοΣτέλεχοςωρίμανσηςέργωνέξυπνηςπόλης",
                        "Όραμακαιστρατηγικήέξυπνηςπόλης");

        byte[] csv = mvc.get()
                .uri("/assessments/" + id + "/report/csv?lang=bg")
                .with(session)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFКод,Компетентност,Вашето ниво");
        assertThat(text).contains("A.4,", "'=Led the SECAP update\n for Burgas").doesNotContain("\u0001");

        Visitor stranger = new Visitor();
        assertThat(mvc.get().uri("/assessments/" + id + "/report").with(stranger))
                .hasStatus(404);
        assertThat(mvc.get().uri("/assessments/" + id + "/report/pdf").with(stranger))
                .hasStatus(404);
        assertThat(mvc.get().uri("/assessments/resume/" + token + "x").with(stranger))
                .hasStatus(404);
        MvcTestResult resumed =
                mvc.get().uri("/assessments/resume/" + token).with(stranger).exchange();
        assertThat(resumed).hasRedirectedUrl("/assessments/" + id);
        stranger.keep(resumed.getResponse());
        assertThat(mvc.get().uri("/assessments/" + id).with(stranger))
                .hasRedirectedUrl("/assessments/" + id + "/areas/A");
        assertThat(body(mvc.get()
                        .uri("/assessments/" + id + "/areas/A")
                        .with(stranger)
                        .exchange()))
                .contains("value=\"2\" checked", "Led the SECAP update");
    }

    @Test
    void aShareLinkShowsTheReportWithoutNotesUntilItIsRevoked() throws Exception {
        Visitor session = new Visitor();
        MockHttpServletResponse created = mvc.post()
                .uri("/assessments")
                .with(session)
                .with(csrf())
                .param("role", "SCPM")
                .exchange()
                .getResponse();
        session.keep(created);
        String area = created.getRedirectedUrl();
        String id = area.split("/")[2];
        mvc.post()
                .uri(area)
                .with(session)
                .with(csrf())
                .param("level.A.6", "2")
                .param("note.A.6", "private note")
                .exchange();

        MvcTestResult made = mvc.post()
                .uri("/assessments/" + id + "/links")
                .with(session)
                .with(csrf())
                .exchange();
        String link = (String) made.getMvcResult().getFlashMap().get("newLink");
        assertThat(link).contains("/shared/");
        String path = link.substring(link.indexOf("/shared/"));

        String shared = body(mvc.get().uri(path + "?lang=de").exchange());
        assertThat(shared)
                .contains("Lückenbericht gegenüber der Rolle", "Smart-City-Projektmanager")
                .doesNotContain("private note");
        String report = body(
                mvc.get().uri("/assessments/" + id + "/report").with(session).exchange());
        assertThat(report).contains("private note");
        Matcher name = Pattern.compile("/links/([0-9a-f]{8})/revoke").matcher(report);
        assertThat(name.find()).isTrue();

        mvc.post()
                .uri("/assessments/" + id + "/links/" + name.group(1) + "/revoke")
                .with(session)
                .with(csrf())
                .exchange();
        assertThat(mvc.get().uri(path)).hasStatus(410);
        assertThat(body(mvc.get().uri(path).exchange())).contains("Its owner revoked it.");
        assertThat(mvc.get().uri("/shared/nothing-here")).hasStatus(404);
    }

    @Test
    void anAccountKeepsItsAssessmentsInItsHistoryAndCanTakeInAnAnonymousOne() throws Exception {
        Account account = TestAccounts.active(accounts, passwords, "Maria");
        RequestPostProcessor maria = user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
        String own = mvc.post()
                .uri("/assessments")
                .with(maria)
                .with(csrf())
                .param("role", "SCPMC")
                .exchange()
                .getResponse()
                .getRedirectedUrl()
                .split("/")[2];
        String page = body(
                mvc.get().uri("/assessments/" + own + "/areas/A").with(maria).exchange());
        assertThat(page).doesNotContain("/assessments/resume/");

        Visitor anonymous = new Visitor();
        MockHttpServletResponse created = mvc.post()
                .uri("/assessments")
                .with(anonymous)
                .with(csrf())
                .exchange()
                .getResponse();
        anonymous.keep(created);
        String adopted = created.getRedirectedUrl().split("/")[2];
        assertThat(mvc.post()
                        .uri("/assessments/" + adopted + "/claim")
                        .with(anonymous)
                        .with(maria)
                        .with(csrf()))
                .hasRedirectedUrl("/assessments/" + adopted + "/report");

        String history =
                body(mvc.get().uri("/account/assessments?lang=es").with(maria).exchange());
        assertThat(history)
                .contains(
                        "Mis autoevaluaciones",
                        own,
                        adopted,
                        "Consultor/a en dirección de proyectos de ciudad inteligente");
        assertThat(mvc.get().uri("/assessments/" + own + "/report")).hasStatus(404);
        assertThat(mvc.get().uri("/account/assessments")).hasStatus3xxRedirection();
    }

    /**
     * A browser's session cookie: sessions live in Spring Session, so a visitor is the cookie it was given, sent back
     * with every request (a fresh visitor has none).
     */
    static final class Visitor implements RequestPostProcessor {

        private Cookie cookie;

        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }

        void keep(MockHttpServletResponse response) {
            Cookie given = response.getCookie("s4c-session");
            if (given != null) {
                cookie = given;
            }
        }
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String textOf(MockHttpServletResponse response) throws IOException {
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
