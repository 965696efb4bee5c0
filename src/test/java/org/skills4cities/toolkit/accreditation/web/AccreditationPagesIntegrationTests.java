package org.skills4cities.toolkit.accreditation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.accreditation.Accreditation;
import org.skills4cities.toolkit.accreditation.AccreditationPeople;
import org.skills4cities.toolkit.accreditation.ApplicationFile;
import org.skills4cities.toolkit.accreditation.Applications;
import org.skills4cities.toolkit.accreditation.Criterion;
import org.skills4cities.toolkit.accreditation.Rating;
import org.skills4cities.toolkit.accreditation.Subject;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.OfferForm;
import org.skills4cities.toolkit.validation.EvidenceFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The accreditation pages and the registry API over HTTP: a refused step answers its status with the reason in the
 * reader's language; evidence files are refused by content and leave only as attachments; the registry finds a
 * Greek name typed in capitals without accents, shows no e-mail address, answers JSON and problem details in the
 * caller's language; course offers of an accredited provider link to its registry entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccreditationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Applications applications;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    CourseOffers offers;

    private AccreditationPeople people;
    private Accreditation accreditation;

    @BeforeAll
    void accredited() {
        people = AccreditationPeople.create(
                accounts, passwords, organisations, "Ακαδημία Πόλης Θεσσαλονίκης " + UUID.randomUUID());
        ApplicationFile file = open();
        for (Criterion c : file.criteria()) {
            applications.write(people.providerAdmin(), file.id(), c.code(), "Statement " + c.code());
        }
        applications.submit(people.providerAdmin(), file.id());
        applications.takeForReview(people.assessor(), file.id());
        for (Criterion c : file.criteria()) {
            applications.rate(people.assessor(), file.id(), c.code(), Rating.MET, "Seen.");
        }
        accreditation = applications.accredit(people.assessor(), file.id(), null);
    }

    @Test
    void aRefusedStepAnswers409WithTheReasonInTheReadersLanguage() throws Exception {
        AccreditationPeople others = AccreditationPeople.create(accounts, passwords, organisations);
        ApplicationFile file = applications.open(
                others.providerAdmin(),
                Subject.TRAINING_ORGANISATION,
                others.provider().id(),
                others.body().id());

        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.post("/accreditation/applications/" + file.id() + "/submit?lang=bg")
                                .with(as(others.providerAdmin()))
                                .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Заявлението още не може да бъде подадено", "TO-1, TO-2");
    }

    @Test
    void evidenceIsRefusedByContentAndLeavesOnlyAsAnAttachment() throws Exception {
        AccreditationPeople others = AccreditationPeople.create(accounts, passwords, organisations);
        ApplicationFile file = applications.open(
                others.providerAdmin(),
                Subject.TRAINING_ORGANISATION,
                others.provider().id(),
                others.body().id());
        String base = "/accreditation/applications/" + file.id();

        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.multipart(base + "/evidence/files")
                        .file(new MockMultipartFile("file", "manual.pdf", "application/pdf", EvidenceFiles.html()))
                        .param("criterion", "TO-7")
                        .param("lang", "de")
                        .with(as(others.providerAdmin()))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("nur PDF-, PNG- und JPEG-Dateien werden angenommen");
        MockHttpServletResponse tooLarge = mvc.perform(MockMvcRequestBuilders.multipart(base + "/evidence/files")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[11 * 1024 * 1024]))
                        .param("criterion", "TO-7")
                        .with(as(others.providerAdmin()))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(413);

        byte[] pdf = EvidenceFiles.pdf();
        mvc.perform(MockMvcRequestBuilders.multipart(base + "/evidence/files")
                .file(new MockMultipartFile("file", "Quality manual.pdf", "text/html", pdf))
                .param("criterion", "TO-7")
                .with(as(others.providerAdmin()))
                .with(csrf()));
        UUID evidence = applications
                .get(others.providerAdmin(), file.id())
                .evidence()
                .getFirst()
                .id();
        MockHttpServletResponse download = mvc.perform(
                        MockMvcRequestBuilders.get(base + "/evidence/" + evidence + "/file")
                                .with(as(others.providerAdmin())))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.perform(MockMvcRequestBuilders.get(base + "/evidence/" + evidence + "/file")
                                .with(as(others.assessor())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theRegistryFindsAGreekNameInCapitalsWithoutAccentsAndShowsNoEmail() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get(
                        "/registry/training-organisations?lang=el&q=ΑΚΑΔΗΜΙΑ ΠΟΛΗΣ ΘΕΣΣΑΛΟΝΙΚΗΣ"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String entry = mvc.perform(MockMvcRequestBuilders.get(
                        "/registry/training-organisations/" + people.provider().id()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(
                        people.provider().name(),
                        "Διαπιστευμένος",
                        people.body().name());
        assertThat(entry).contains(people.provider().name(), "Accredited");
        for (String shown : List.of(page, entry)) {
            assertThat(shown)
                    .doesNotContain(
                            people.providerAdmin().email(), people.assessor().email());
        }
    }

    @Test
    void theRegistryApiAnswersJsonAndProblemsInTheCallersLanguage() throws Exception {
        String listing = mvc.perform(MockMvcRequestBuilders.get("/api/v1/registry/training-organisations")
                        .param("q", "ακαδημια ΠΟΛΗΣ θεσσαλονικης"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(listing)
                .contains(
                        "\"id\":\"" + people.provider().id() + "\"",
                        "\"standing\":\"current\"",
                        "\"validUntil\":\"" + accreditation.validUntil() + "\"")
                .doesNotContain("@");

        MockHttpServletResponse missing = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/registry/trainers/" + UUID.randomUUID())
                                .header("Accept-Language", "el"))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).startsWith("application/problem+json");
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("Δεν υπάρχει στο μητρώο");

        String criteria = mvc.perform(MockMvcRequestBuilders.get("/api/v1/registry/criteria?lang=ro"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(criteria).contains("\"code\":\"TO-1\"", "Guvernanță și responsabilitate", "\"kind\":\"trainer\"");
    }

    @Test
    void courseOffersOfAnAccreditedProviderLinkToItsRegistryEntry() throws Exception {
        offers.publish(
                people.provider().id(),
                people.providerAdmin(),
                new OfferForm(
                        "Course " + UUID.randomUUID(),
                        LocalDate.now().plusDays(10).toString(),
                        LocalDate.now().plusDays(20).toString(),
                        "",
                        true,
                        "el",
                        "0",
                        "EUR",
                        "https://training.example.org/course",
                        List.of("C-U1")));

        for (String path : List.of("/offers", "/curricula/units/C-U1")) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get(path))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .as(path)
                    .contains("href=\"/registry/training-organisations/"
                            + people.provider().id() + "\"");
        }
    }

    private ApplicationFile open() {
        return applications.open(
                people.providerAdmin(),
                Subject.TRAINING_ORGANISATION,
                people.provider().id(),
                people.body().id());
    }

    private static RequestPostProcessor as(Account account) {
        return user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
