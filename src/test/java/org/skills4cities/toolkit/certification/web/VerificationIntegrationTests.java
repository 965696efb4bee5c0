package org.skills4cities.toolkit.certification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
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
import org.skills4cities.toolkit.credential.DataIntegrity;
import org.skills4cities.toolkit.credential.Multikey;
import org.skills4cities.toolkit.credential.SigningKey;
import org.skills4cities.toolkit.exam.ExamTestConfiguration;
import org.skills4cities.toolkit.exam.MovableClock;
import org.skills4cities.toolkit.validation.Portfolios;
import org.skills4cities.toolkit.validation.ValidationCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public verification telling the truth at each step of a certificate's life: valid when issued, suspended, valid
 * again, revoked; expired after its end; a credential with one letter of the holder's name changed invalid with no
 * check passed, as JSON and as JWT; another issuer's credentials from the corpus; nothing private in the answer; the
 * limit on requests from one address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ExamTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

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

    @Autowired
    MovableClock clock;

    @Autowired
    DataIntegrity integrity;

    CertifiedPeople people;

    @BeforeAll
    void people() {
        clock.set(Instant.now());
        people = CertifiedPeople.create(accounts, passwords, organisations, assessments, cases, portfolios, events);
    }

    private Certificate certify(String name) {
        Account holder =
                accounts.find(people.certify(name).validationCase().candidate()).orElseThrow();
        return certificates.ofHolder(holder).getFirst();
    }

    /** Each test from its own address, so that the limit counts only what the test means it to. */
    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static String address() {
        return "10.8.0." + ADDRESSES.getAndIncrement();
    }

    private Document page(String path, String address) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(from(address, get(path))).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode api(String body, MediaType type, String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(from(
                        address,
                        post("/api/v1/credentials/verify?lang=el")
                                .contentType(type)
                                .content(body)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theVerificationPageTellsTheTruthAtEachStep() throws Exception {
        Certificate c = certify("Καλλιόπη Νικολάου");
        String path = "/verify/" + c.id() + "?lang=el";
        String address = address();

        Document issued = page(path, address);
        assertThat(issued.select("#status").attr("data-status")).isEqualTo("valid");
        assertThat(issued.select("#holder").text()).isEqualTo("Καλλιόπη Νικολάου");
        assertThat(issued.select("#checks tr[data-result=passed]")).hasSize(5);
        assertThat(issued.html()).doesNotContain("@").doesNotContain("82.5");

        certificates.suspend(people.assessor(), c.id(), "Complaint under review");
        Document suspended = page(path, address);
        assertThat(suspended.select("#status").attr("data-status")).isEqualTo("suspended");
        assertThat(suspended.select("#checks tr[data-check=status]").attr("data-result"))
                .isEqualTo("failed");

        certificates.reinstate(people.assessor(), c.id(), "Complaint rejected");
        assertThat(page(path, address).select("#status").attr("data-status")).isEqualTo("valid");

        certificates.revoke(people.assessor(), c.id(), "Forged evidence");
        Document revoked = page(path, address);
        assertThat(revoked.select("#status").attr("data-status")).isEqualTo("revoked");
        assertThat(revoked.select("#status").text()).isNotBlank().doesNotContain("revoked");
    }

    @Test
    void anExpiredCertificateSaysSo() throws Exception {
        Certificate c = certify("Lucía Fernández");
        clock.set(c.validUntil().plus(Duration.ofDays(1)));
        try {
            Document page = page("/verify/" + c.id() + "?lang=es", address());
            assertThat(page.select("#status").attr("data-status")).isEqualTo("expired");
        } finally {
            clock.set(Instant.now());
        }
    }

    @Test
    void oneLetterOfTheNameChangedIsInvalidAndNoCheckPasses() throws Exception {
        Certificate c = certify("Radu Popescu");
        String tampered = c.credential().replace("\"Radu Popescu\"", "\"Radu Popescy\"");
        assertThat(tampered).isNotEqualTo(c.credential());

        JsonNode answer = api(tampered, MediaType.APPLICATION_JSON, address());
        assertThat(answer.get("status").asString()).isEqualTo("invalid");
        assertThat(answer.get("language").asString()).isEqualTo("el");
        assertThat(answer.get("checks").valueStream().map(k -> k.get("result").asString()))
                .hasSize(5)
                .doesNotContain("passed");
        assertThat(answer.get("credential").isNull())
                .as("nothing an invalid credential claims is shown")
                .isTrue();

        String[] jwt = c.credentialJwt().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8)
                .replace("Radu Popescu", "Radu Popescy");
        String forged = jwt[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + jwt[2];
        JsonNode jwtAnswer = api(forged, MediaType.parseMediaType("application/jwt"), address());
        assertThat(jwtAnswer.get("status").asString()).isEqualTo("invalid");
        assertThat(jwtAnswer
                        .get("checks")
                        .valueStream()
                        .map(k -> k.get("result").asString()))
                .doesNotContain("passed");

        JsonNode genuine = api(c.credentialJwt(), MediaType.TEXT_PLAIN, address());
        assertThat(genuine.get("status").asString()).isEqualTo("valid");
        assertThat(genuine.at("/credential/holder").asString()).isEqualTo("Radu Popescu");
    }

    @Test
    void nobodyElseMaySpeakForOurIssuerWithAKeyOfTheirOwn() throws Exception {
        Certificate c = certify("Mallory Forger");
        ObjectNode unsigned = (ObjectNode) JSON.readTree(c.credential());
        unsigned.remove("proof");
        java.security.KeyPair own =
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String didKey = Multikey.didKey(own.getPublic());
        ObjectNode forged = integrity.sign(
                unsigned, SigningKey.of(didKey + "#" + didKey.substring("did:key:".length()), own), Instant.now());

        JsonNode answer = api(JSON.writeValueAsString(forged), MediaType.APPLICATION_JSON, address());
        assertThat(answer.get("status").asString()).isEqualTo("invalid");
        assertThat(answer.get("checks").valueStream().map(k -> k.get("result").asString()))
                .doesNotContain("passed");
    }

    @Test
    void refusesToSpendMinutesOnCopiesOfAProofOrOnAHugeBody() throws Exception {
        Certificate c = certify("Petra Novak");
        ObjectNode credential = (ObjectNode) JSON.readTree(c.credential());
        JsonNode proof = credential.get("proof");
        tools.jackson.databind.node.ArrayNode copies = credential.putArray("proof");
        for (int i = 0; i <= DataIntegrity.MAX_PROOFS; i++) {
            copies.add(proof.deepCopy());
        }
        JsonNode answer = api(JSON.writeValueAsString(credential), MediaType.APPLICATION_JSON, address());
        assertThat(answer.get("status").asString()).isEqualTo("invalid");
        assertThat(answer.at("/checks/1/check").asString()).isEqualTo("signature");
        assertThat(answer.at("/checks/1/explanation").asString()).contains(Integer.toString(DataIntegrity.MAX_PROOFS));

        MockHttpServletResponse huge = mvc.perform(from(
                        address(),
                        post("/api/v1/credentials/verify")
                                .contentType(MediaType.TEXT_PLAIN)
                                .content(new byte[4_000_001])))
                .andReturn()
                .getResponse();
        assertThat(huge.getStatus()).isEqualTo(413);
    }

    @Test
    void verifiesAnotherIssuersOpenBadgeFromTheCorpusOffline() throws Exception {
        Path corpus = Path.of("..", "shared", "corpus", "ob3-1edtech");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is not here");
        JsonNode simple = api(Files.readString(corpus.resolve("simple.json")), MediaType.APPLICATION_JSON, address());
        assertThat(simple.get("status").asString()).isEqualTo("valid");
        JsonNode altered = api(
                Files.readString(corpus.resolve("simple-err-proof-value.json")), MediaType.APPLICATION_JSON, address());
        assertThat(altered.get("status").asString()).isEqualTo("invalid");
    }

    @Test
    void thePasteFormVerifiesAndRefusesNothingGiven() throws Exception {
        Certificate c = certify("Jonas Weber");
        String address = address();
        MockHttpServletResponse done = mvc.perform(from(
                        address,
                        post("/verify?lang=de")
                                .param("credential", c.credential())
                                .with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(done.getContentAsString(StandardCharsets.UTF_8))
                        .select("#status")
                        .attr("data-status"))
                .isEqualTo("valid");
        MockHttpServletResponse empty = mvc.perform(from(
                        address,
                        post("/verify?lang=de").param("credential", " ").with(csrf())))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(page("/verify/NOTANID?lang=bg", address).select("#problem").text())
                .contains("NOTANID");
    }

    @Test
    void answersTooManyRequestsBeyondTheLimitInTheCallersLanguage() throws Exception {
        String address = address();
        int status = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 31 && status != 429; i++) {
            last = mvc.perform(from(
                            address,
                            post("/api/v1/credentials/verify?lang=bg")
                                    .contentType(MediaType.TEXT_PLAIN)
                                    .content("not a credential")))
                    .andReturn()
                    .getResponse();
            status = last.getStatus();
            assertThat(status).isIn(200, 429);
        }
        assertThat(status).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.getContentType()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(last.getContentAsString(StandardCharsets.UTF_8))
                        .get("detail")
                        .asString())
                .contains("30");
        assertThat(mvc.perform(from(
                                address(),
                                post("/api/v1/credentials/verify")
                                        .contentType(MediaType.TEXT_PLAIN)
                                        .content("not a credential")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another address is not held back")
                .isEqualTo(200);
    }
}
