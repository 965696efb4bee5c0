package org.skills4cities.toolkit.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skills4cities.toolkit.curriculum.web.OfferFixtures.as;
import static org.skills4cities.toolkit.curriculum.web.OfferFixtures.greekTitle;
import static org.skills4cities.toolkit.curriculum.web.OfferFixtures.offer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.web.OfferFixtures.Provider;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A training provider's offers page: its admins publish with the form (problems beside their fields, values kept) and
 * withdraw; the offer shows on the public offers page, the unit's page and gap reports' learning paths while it is
 * current; everyone else finds no such page.
 */
@SpringBootTest(properties = OfferFixtures.CURRICULA)
@AutoConfigureMockMvc
class OfferPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    CourseOffers offers;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeOffers() {
        OfferFixtures.removeOffers(jdbc);
    }

    @Test
    void publishesWithTheFormAndShowsTheOfferWhereverItsUnitIsUntilWithdrawn() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String page = "/organisations/" + provider.id() + "/offers";
        Account learner = TestAccounts.active(accounts, passwords, "Learner");
        UUID assessment = assessments
                .create("skills4cities", null, "SCPM", List.of(), learner.id())
                .assessment()
                .id();
        String report = "/assessments/" + assessment + "/report";
        String title = greekTitle();

        assertThat(mvc.get().uri("/organisations/" + provider.id()).with(as(provider.admin())))
                .bodyText()
                .contains("href=\"" + page + "\"");
        Document form = html(mvc.get().uri(page).with(as(provider.admin())));
        assertThat(form.select("fieldset.offer-module legend").eachText())
                .containsExactly("M1 Strategy and governance", "M2 Project management");
        assertThat(form.select("input[name=units]").eachAttr("value")).containsExactly("A-U1", "A-U2", "B-U1");

        assertThat(post(page, provider.admin(), fields(offer(title))))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page + "?done=published#offers");
        assertThat(mvc.get().uri(page + "?done=published").with(as(provider.admin())))
                .bodyText()
                .contains("The offer has been published.")
                .contains(title);
        for (String shown : List.of("/offers", "/offers?unit=A-U1&language=el", "/curricula/units/A-U1")) {
            assertThat(mvc.get().uri(shown)).as(shown).bodyText().contains(title);
        }
        for (String hidden : List.of("/offers?unit=B-U1", "/offers?language=de", "/offers?online=true")) {
            assertThat(mvc.get().uri(hidden)).as(hidden).bodyText().doesNotContain(title);
        }
        assertThat(mvc.get().uri(report).with(as(learner))).bodyText().contains(title);

        CourseOffer published = offers.ofProvider(provider.id()).getFirst();
        assertThat(post(page + "/" + published.id() + "/withdraw", provider.admin(), Map.of()))
                .hasRedirectedUrl(page + "?done=withdrawn#offers");

        for (String path : List.of("/offers", "/curricula/units/A-U1")) {
            assertThat(mvc.get().uri(path)).as(path).bodyText().doesNotContain(title);
        }
        assertThat(mvc.get().uri(report).with(as(learner))).bodyText().doesNotContain(title);
        assertThat(html(mvc.get().uri(page).with(as(provider.admin())))
                        .select("tr.offer-withdrawn")
                        .text())
                .contains(title)
                .contains("withdrawn on");
    }

    @Test
    void keepsWhatWasTypedAndShowsEachProblemBesideItsField() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String page = "/organisations/" + provider.id() + "/offers";
        String title = greekTitle();
        Map<String, Object> typed = offer(title);
        typed.put("endsOn", "2020-01-01");
        typed.put("price", "12.345");
        typed.put("link", "javascript:alert(document.cookie)");
        typed.put("units", List.of("A-U2", "Z-U9"));

        MvcTestResult refused = post(page, provider.admin(), fields(typed));

        assertThat(refused).hasStatus(422);
        Document form = html(refused);
        assertThat(form.select("[id$=-errors]").eachAttr("id"))
                .containsExactly(
                        "offer-endsOn-errors", "offer-price-errors", "offer-link-errors", "offer-units-errors");
        assertThat(form.selectFirst("#offer-price-errors").text()).isEqualTo("Price: at most two decimals.");
        assertThat(form.selectFirst("#offer-units-errors").text())
                .isEqualTo("Units taught: Z-U9 is not a unit of the curricula.");
        assertThat(form.selectFirst("#offer-price").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#offer-title").val()).isEqualTo(title);
        assertThat(form.selectFirst("#offer-link").val()).isEqualTo("javascript:alert(document.cookie)");
        assertThat(form.selectFirst("#offer-language option[selected]").val()).isEqualTo("el");
        assertThat(form.select("input[name=units][checked]").eachAttr("value")).containsExactly("A-U2");
        assertThat(offers.ofProvider(provider.id())).isEmpty();
    }

    @Test
    void answersTheSitesNotFoundPageToAnyoneElse() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        Provider other = Provider.create(accounts, passwords, organisations);
        String page = "/organisations/" + provider.id() + "/offers";
        post(page, provider.admin(), fields(offer("Kept")));
        UUID kept = offers.ofProvider(provider.id()).getFirst().id();

        for (Account stranger : List.of(other.admin(), provider.trainer())) {
            assertThat(mvc.get().uri(page).with(as(stranger)))
                    .hasStatus(404)
                    .bodyText()
                    .contains("Page not found");
            assertThat(post(page, stranger, fields(offer("Not theirs")))).hasStatus(404);
            assertThat(post(page + "/" + kept + "/withdraw", stranger, Map.of()))
                    .hasStatus(404);
        }
        assertThat(post("/organisations/" + other.id() + "/offers/" + kept + "/withdraw", other.admin(), Map.of()))
                .as("another provider's offer")
                .hasStatus(404);
        assertThat(mvc.get().uri("/organisations/not-an-id/offers").with(as(provider.admin())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/organisations/" + provider.id()).with(as(provider.trainer())))
                .bodyText()
                .doesNotContain(page);
        assertThat(offers.ofProvider(provider.id()))
                .singleElement()
                .satisfies(o -> assertThat(o.withdrawn()).isFalse());
    }

    @Test
    void listsNoOfferThatHasEndedButShowsItToItsProvider() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String title = "Ended " + UUID.randomUUID();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course_offer (id, organisation_id, title, starts_on, ends_on, place, online, lang,
                                                  price, currency, link, created_at)
                        VALUES (?, ?, ?, ?, ?, NULL, TRUE, 'en', 0, 'EUR', 'https://example.org/', ?)""")
                .params(id, provider.id(), title, yesterday.minusDays(3), yesterday, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO course_offer_unit (offer_id, unit_code) VALUES (?, 'A-U1')")
                .param(id)
                .update();

        assertThat(mvc.get().uri("/offers")).bodyText().doesNotContain(title);
        assertThat(mvc.get().uri("/curricula/units/A-U1")).bodyText().doesNotContain(title);
        assertThat(html(mvc.get()
                                .uri("/organisations/" + provider.id() + "/offers")
                                .with(as(provider.admin())))
                        .select("tr.offer-ended")
                        .text())
                .contains(title);
    }

    @Test
    void showsMarkupInATitleOrPlaceAsText() {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String markup = "<img src=x onerror=alert(1)>";
        Map<String, Object> typed = offer(markup);
        typed.put("place", "<script>alert(2)</script>");
        post("/organisations/" + provider.id() + "/offers", provider.admin(), fields(typed));

        for (MockMvcRequestBuilder request : List.of(
                mvc.get().uri("/offers"),
                mvc.get().uri("/curricula/units/A-U1"),
                mvc.get().uri("/organisations/" + provider.id() + "/offers").with(as(provider.admin())))) {
            Document page = html(request);
            assertThat(page.select("main img, main script")).isEmpty();
            assertThat(page.select("main").text()).contains(markup).contains("<script>alert(2)</script>");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"EN"},
            mode = EnumSource.Mode.EXCLUDE)
    void showsTheProviderPageAndItsProblemsInTheLanguageChosen(Language language) throws Exception {
        Provider provider = Provider.create(accounts, passwords, organisations);
        String page = "/organisations/" + provider.id() + "/offers";
        post(page, provider.admin(), fields(offer("Kept " + UUID.randomUUID())));
        Map<String, List<String>> wrong = new java.util.LinkedHashMap<>(fields(offer(" ")));
        wrong.put("price", List.of("-1"));
        wrong.put("lang", List.of(language.code()));

        List<Document> shown = List.of(
                html(mvc.get().uri(page + "?lang=" + language.code()).with(as(provider.admin()))),
                html(post(page, provider.admin(), wrong)));

        Properties english = bundle("messages.properties");
        Properties own = bundle("messages_" + language.code() + ".properties");
        for (Document document : shown) {
            assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(document.select(".fallback")).isEmpty();
            String text = document.body().text();
            english.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("offer.")
                            && !english.getProperty(key).contains("{"))
                    .filter(key -> !english.getProperty(key).equals(own.getProperty(key)))
                    .forEach(key -> assertThat(text)
                            .as("%s in %s", key, language)
                            .doesNotContainPattern(
                                    "(?<!\\p{L})" + Pattern.quote(english.getProperty(key)) + "(?!\\p{L})"));
        }
        assertThat(shown.get(1).select(".form-error").eachText())
                .contains(own.getProperty("offer.manage.problems"), own.getProperty("offer.problem.price.negative"));
    }

    private static Properties bundle(String name) throws java.io.IOException {
        Properties properties = new Properties();
        try (var in = OfferPagesIntegrationTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private MvcTestResult post(String path, Account by, Map<String, List<String>> fields) {
        MockMvcRequestBuilder request = mvc.post().uri(path).with(as(by)).with(csrf());
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request.exchange();
    }

    /** An offer as the form posts it: every value a text, the online box sent only when ticked. */
    static Map<String, List<String>> fields(Map<String, Object> offer) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        offer.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                fields.put(name, list.stream().map(String::valueOf).toList());
            } else if (!Boolean.FALSE.equals(value)) {
                fields.put(name, List.of(String.valueOf(value)));
            }
        });
        return fields;
    }

    private Document html(MockMvcRequestBuilder request) {
        return html(request.exchange());
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
