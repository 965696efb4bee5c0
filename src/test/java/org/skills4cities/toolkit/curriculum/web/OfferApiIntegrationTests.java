package org.skills4cities.toolkit.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skills4cities.toolkit.curriculum.web.OfferFixtures.greekTitle;
import static org.skills4cities.toolkit.curriculum.web.OfferFixtures.offer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.audit.AuditEvent;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.web.OfferFixtures.Provider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Training providers' admins publish and withdraw course offers over the API; nobody else reaches them. */
@SpringBootTest(properties = OfferFixtures.CURRICULA)
@AutoConfigureMockMvc
class OfferApiIntegrationTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    CourseOffers offers;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeOffers() {
        OfferFixtures.removeOffers(jdbc);
    }

    @Test
    void publishesAValidOfferWithItsGreekTitleIntactAndRecordsWhoDidIt() throws Exception {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String title = greekTitle();
        Map<String, Object> sent = offer(title);
        sent.put("price", 120.5);
        sent.put("currency", "eur");

        MvcTestResult published = publish(provider.admin(), provider.id(), sent);

        assertThat(published).hasStatus(201);
        assertThat(published).bodyJson().extractingPath("$.title").isEqualTo(title);
        assertThat(published).bodyJson().extractingPath("$.price").asNumber().isEqualTo(120.5);
        assertThat(published).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
        String id = offers.ofProvider(provider.id()).getFirst().id().toString();
        assertThat(published.getResponse().getHeader("Location"))
                .isEqualTo("/api/v1/organisations/" + provider.id() + "/offers/" + id);
        assertThat(mvc.get().uri("/api/v1/offers").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(title);
        assertThat(audit.latest(10, provider.id()))
                .extracting(AuditEvent::action, AuditEvent::actorId, AuditEvent::target)
                .contains(tuple("offer.published", provider.admin().id(), "offer " + id));
    }

    @Test
    void filtersTheCurrentOffersByUnitLanguageAndOnline() throws Exception {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String title = "Filtered " + UUID.randomUUID();
        publish(provider.admin(), provider.id(), offer(title));

        assertThat(current("?unit=A-U1&language=el")).contains(title);
        assertThat(current("?unit=B-U1")).doesNotContain(title);
        assertThat(current("?language=de")).doesNotContain(title);
        assertThat(current("?online=true")).doesNotContain(title);
    }

    @Test
    void namesEveryWrongFieldInTheCallersLanguageAndStoresNothing() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        Map<String, Object> wrong = Map.of(
                "title", " ",
                "startsOn", "2026-02-30",
                "endsOn", "2020-01-01",
                "place", "",
                "language", "fr",
                "price", -3,
                "currency", "EURO",
                "link", "javascript:alert(1)",
                "units", new String[] {"Z-U9"});

        MvcTestResult refused = mvc.post()
                .uri("/api/v1/organisations/" + provider.id() + "/offers?lang=de")
                .header("Authorization", bearer(provider.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(wrong))
                .exchange();

        assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.problems[*].field")
                .asArray()
                .containsExactly(
                        "title", "startsOn", "endsOn", "place", "language", "price", "currency", "link", "units");
        assertThat(refused).bodyJson().extractingPath("$.language").isEqualTo("de");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.problems[?(@.field == 'startsOn')].message")
                .asArray()
                .containsExactly("Erster Tag: „2026-02-30“ ist kein Datum; schreiben Sie es als Jahr-Monat-Tag, etwa "
                        + "2026-09-14.");
        assertThat(offers.ofProvider(provider.id())).isEmpty();
    }

    @Test
    void answersNotFoundToAnyoneButTheProvidersAdminsAndPlatformAdmins() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        Provider other = Provider.create(accounts, passwords, organisations);
        Organisation city = organisations.create(
                provider.platformAdmin(), "City " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        Account hr = TestAccounts.active(accounts, passwords, "HR");
        organisations.grant(provider.platformAdmin(), city.id(), hr.id(), Role.HR_MANAGER);
        String path = "/api/v1/organisations/" + provider.id() + "/offers";

        for (Account stranger : new Account[] {other.admin(), provider.trainer(), hr}) {
            assertThat(publish(stranger, provider.id(), offer("Not theirs")))
                    .hasStatus(404)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.get().uri(path).header("Authorization", bearer(stranger)))
                    .hasStatus(404);
        }
        assertThat(publish(hr, city.id(), offer("Cities offer no courses"))).hasStatus(404);
        assertThat(publish(provider.platformAdmin(), city.id(), offer("Nor for a platform admin")))
                .hasStatus(404);
        assertThat(mvc.get().uri(path)).hasStatus(401);
        assertThat(offers.ofProvider(provider.id())).isEmpty();

        assertThat(publish(provider.platformAdmin(), provider.id(), offer("By the platform admin")))
                .hasStatus(201);
    }

    @Test
    void withdrawsAnOfferOnceAndKeepsItInTheProvidersList() throws Exception {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String title = "Withdrawn " + UUID.randomUUID();
        publish(provider.admin(), provider.id(), offer(title));
        UUID id = offers.ofProvider(provider.id()).getFirst().id();
        String withdraw = "/api/v1/organisations/" + provider.id() + "/offers/" + id + "/withdraw";

        assertThat(mvc.post().uri(withdraw).header("Authorization", bearer(provider.trainer())))
                .hasStatus(404);
        assertThat(mvc.post().uri(withdraw).header("Authorization", bearer(provider.admin())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.withdrawnAt")
                .isNotNull();
        assertThat(mvc.post().uri(withdraw).header("Authorization", bearer(provider.admin())))
                .as("withdrawing again changes nothing")
                .hasStatusOk();

        assertThat(current("")).doesNotContain(title);
        assertThat(mvc.get()
                        .uri("/api/v1/organisations/" + provider.id() + "/offers")
                        .header("Authorization", bearer(provider.admin())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].title")
                .isEqualTo(title);
        assertThat(audit.latest(10, provider.id()))
                .extracting(AuditEvent::action)
                .containsOnlyOnce("offer.withdrawn");
        assertThat(mvc.post()
                        .uri("/api/v1/organisations/" + provider.id() + "/offers/" + UUID.randomUUID() + "/withdraw")
                        .header("Authorization", bearer(provider.admin())))
                .hasStatus(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "null",
                "[]",
                "{\"title\": {}}",
                "{\"online\": \"perhaps\"}",
                "{\"units\": \"A-U1\"}",
                "{\"units\": [null, 7]}",
                "{\"price\": 1e400}",
                "{\"price\": \"99999999999999999999999999\"}",
                "{\"startsOn\": \"+999999999-12-31\", \"endsOn\": \"-999999999-01-01\"}"
            })
    void answersAnOddBodyWithAProblemNeverAFailure(String body) {
        Provider provider = Provider.create(accounts, passwords, organisations);

        MvcTestResult answer = mvc.post()
                .uri("/api/v1/organisations/" + provider.id() + "/offers")
                .header("Authorization", bearer(provider.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();

        assertThat(answer).hasStatus4xxClientError().hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(offers.ofProvider(provider.id())).isEmpty();
    }

    @Test
    void answersAnUnknownUnitWithProblemDetailsAndTheUnitPageWithTheSitesNotFoundPage() {
        assertThat(mvc.get().uri("/api/v1/curricula/skills4cities/units/NOPE"))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/curricula/units/NOPE"))
                .hasStatus(404)
                .bodyText()
                .contains("Page not found");
    }

    private MvcTestResult publish(Account by, UUID provider, Map<String, Object> offer) {
        return mvc.post()
                .uri("/api/v1/organisations/" + provider + "/offers")
                .header("Authorization", bearer(by))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(offer))
                .exchange();
    }

    private String current(String query) throws Exception {
        return mvc.get()
                .uri("/api/v1/offers" + query)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String bearer(Account account) {
        return "Bearer " + tokens.create(account.id(), "offers").secret();
    }
}
