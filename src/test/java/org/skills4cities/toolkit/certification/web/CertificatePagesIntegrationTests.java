package org.skills4cities.toolkit.certification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.certification.CertifiedPeople;
import org.skills4cities.toolkit.validation.CaseFile;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The certificate pages as their users see them: the holder's list and certificate page, the PDF read back in Greek
 * and Bulgarian, the listing in the registry and the search for it, the body's page and the assessor's decisions, and
 * nothing of it for anybody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    ValidationCases cases;

    @Autowired
    Portfolios portfolios;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Certificates certificates;

    CertifiedPeople people;
    Account holder;
    Certificate greek;

    @BeforeAll
    void certified() {
        people = CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
        CaseFile file = people.certify("Ελένη Αλεξίου");
        holder = accounts.find(file.validationCase().candidate()).orElseThrow();
        greek = certificates.ofHolder(holder).getFirst();
    }

    private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN")));
    }

    private Document page(Account account, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(as(account, get(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theHolderSeesTheCertificateInTheirLanguage() throws Exception {
        Document list = page(holder, "/certificates?lang=el");
        assertThat(list.select("#certificates tr[data-id=" + greek.id() + "]")).hasSize(1);

        Document page = page(holder, "/certificates/" + greek.id() + "?lang=el");
        assertThat(page.select("#holder").text()).isEqualTo("Ελένη Αλεξίου");
        assertThat(page.select("#status").attr("data-status")).isEqualTo("active");
        assertThat(page.select("#competences tbody tr"))
                .hasSize(greek.competences().size());
        assertThat(page.select("#suspend")).as("the holder cannot suspend").isEmpty();
        assertThat(page.select("#listing")).hasSize(1);
    }

    @Test
    void thePdfReadsBackInGreekAndBulgarian() throws Exception {
        for (String lang : new String[] {"el", "bg"}) {
            MockHttpServletResponse pdf = mvc.perform(
                            as(holder, get("/certificates/" + greek.id() + "/certificate.pdf?lang=" + lang)))
                    .andReturn()
                    .getResponse();
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Ελένη Αλεξίου").contains(greek.id());
                assertThat(text).contains(lang.equals("el") ? "Πιστοποιητικό" : "Сертификат");
            }
        }
    }

    @Test
    void theCredentialDownloadsAreAttachments() throws Exception {
        MockHttpServletResponse json = mvc.perform(as(holder, get("/certificates/" + greek.id() + "/credential.json")))
                .andReturn()
                .getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"Ελένη Αλεξίου\"");
        MockHttpServletResponse jwt = mvc.perform(as(holder, get("/certificates/" + greek.id() + "/credential.jwt")))
                .andReturn()
                .getResponse();
        assertThat(jwt.getContentAsString(StandardCharsets.UTF_8).split("\\.")).hasSize(3);
        MockHttpServletResponse elm = mvc.perform(
                        as(holder, get("/certificates/" + greek.id() + "/elm.jsonld?lang=el")))
                .andReturn()
                .getResponse();
        assertThat(elm.getStatus()).isEqualTo(200);
        assertThat(elm.getContentAsString(StandardCharsets.UTF_8))
                .contains("http://data.europa.eu/snb/model/context/edc-ap")
                .contains("Ελένη Αλεξίου")
                .doesNotContain("\"proof\"");
    }

    @Test
    void nobodyElseFindsTheCertificatePages() throws Exception {
        for (String path : new String[] {
            "/certificates/" + greek.id(), "/certificates/" + greek.id() + "/certificate.pdf",
            "/certificates/" + greek.id() + "/credential.json",
                    "/certificates/bodies/" + people.people().body().id()
        }) {
            assertThat(mvc.perform(as(people.otherAssessor(), get(path)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/certificates/" + greek.id()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("anonymous: to the login page")
                .isEqualTo(302);
    }

    @Test
    void theAssessorSuspendsAndReinstatesFromThePageWithAReason() throws Exception {
        Certificate c = certificates
                .ofHolder(accounts.find(people.certify("Stefan Dimitrov")
                                .validationCase()
                                .candidate())
                        .orElseThrow())
                .getFirst();
        MockHttpServletResponse refused = mvc.perform(as(
                        people.assessor(),
                        post("/certificates/" + c.id() + "/suspend?lang=de")
                                .param("reason", "")
                                .with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8))
                        .select("#problem")
                        .text())
                .isNotBlank();

        MockHttpServletResponse done = mvc.perform(as(
                        people.assessor(),
                        post("/certificates/" + c.id() + "/suspend")
                                .param("reason", "Complaint under review")
                                .with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        Document page = page(people.assessor(), "/certificates/" + c.id());
        assertThat(page.select("#status").attr("data-status")).isEqualTo("suspended");
        assertThat(page.select("#reinstate")).hasSize(1);
        assertThat(page.select("#history li")).hasSize(2);
    }

    @Test
    void theRegistryFindsTheHolderOnlyOnceListed() throws Exception {
        Document before = page(holder, "/registry/people?q=ΕΛΕΝΗ+ΑΛΕΞΙΟΥ&lang=el");
        assertThat(before.select("#people tr[data-id=" + greek.id() + "]")).isEmpty();

        mvc.perform(as(
                holder,
                post("/certificates/" + greek.id() + "/listing")
                        .param("listed", "true")
                        .with(csrf())));
        MockHttpServletResponse anonymous = mvc.perform(get("/registry/people").param("q", "ΕΛΕΝΗ ΑΛΕΞΙΟΥ"))
                .andReturn()
                .getResponse();
        Document after = Jsoup.parse(anonymous.getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.select("#people tr[data-id=" + greek.id() + "] th").text())
                .isEqualTo("Ελένη Αλεξίου");
        assertThat(anonymous.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(holder.email());

        String api = mvc.perform(get("/api/v1/registry/people")
                        .param("q", "alexiou ελενη")
                        .param("lang", "bg"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).doesNotContain(greek.id()).contains("\"language\":\"bg\"");
        String byId = mvc.perform(get("/api/v1/registry/people").param("q", greek.id()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(byId).contains(greek.id()).contains("Ελένη Αλεξίου").doesNotContain("@");
    }

    @Test
    void theBodysPageListsItsCertificatesAndSavesItsTimeZone() throws Exception {
        String body = "/certificates/bodies/" + people.people().body().id();
        Document page = page(people.assessor(), body);
        assertThat(page.select("#certificates tr[data-id=" + greek.id() + "]")).hasSize(1);

        MockHttpServletResponse wrong = mvc.perform(as(
                        people.assessor(),
                        post(body + "/zone").param("zone", "Mars/Olympus").with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("Mars/Olympus");
        mvc.perform(as(
                people.assessor(),
                post(body + "/zone").param("zone", "Europe/Athens").with(csrf())));
        assertThat(page(people.assessor(), body).select("#zone").val()).isEqualTo("Europe/Athens");
    }
}
