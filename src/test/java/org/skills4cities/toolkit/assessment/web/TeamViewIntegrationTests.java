package org.skills4cities.toolkit.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.audit.AuditLog;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.TranslatableText;
import org.skills4cities.toolkit.language.Language;
import org.skills4cities.toolkit.mail.Mails;
import org.skills4cities.toolkit.mail.Outbox;
import org.skills4cities.toolkit.translation.InterfaceMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The team view of a city as its HR manager meets it. The HR manager invites four people; Ana, Boris and Χρύσα
 * assess themselves against the reference framework and share with the city, Dimitar assesses himself and does not
 * share; an outsider cannot share with a city he does not belong to. The curricula are a small test package
 * ({@code team-curricula}): B-U1 (B.1 and B.2 to level 3, 25 hours), B-U2 (both to level 4, 50 hours), D-U1 (D.6 to
 * level 4, 20 hours).
 *
 * <p>Hand-computed against SCPM, which requires 19 competences as mandatory (levels adding up to 65, weight 2) and 6
 * as optional (levels adding up to 13, weight 1), so that readiness divides by 2 × 65 + 13 = 143: Ana gives every
 * required level (100 %); Boris gives level 3 in B.1–B.10 only (2 × 9 × 3 + 3 for the optional B.7 = 57, 39 %);
 * Χρύσα gives level 2 everywhere, which no requirement is below (2 × 19 × 2 + 6 × 2 = 88, 61 %).
 */
@SpringBootTest(properties = "toolkit.curricula.location=classpath*:team-curricula/")
@AutoConfigureMockMvc
class TeamViewIntegrationTests {

    private static final String GREEK_NAME = "Χρύσα Παπαδοπούλου";
    private static final String NOTE = "private evidence of Ana";

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
    Outbox outbox;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    AuditLog audit;

    /** The city, its HR manager and their token, and the assessments of its members. */
    record City(Organisation organisation, Account hr, String hrToken, Account ana, Account boris, String borisShare) {

        String page() {
            return "/organisations/" + organisation.id() + "/team";
        }

        String api() {
            return "/api/v1/organisations/" + organisation.id() + "/team";
        }
    }

    @Test
    void showsTheHrManagerExactlyTheMembersWhoShareWithTheirLevelsGapsAndNeeds() {
        City city = city();

        Document page = page(city.hr(), city.page() + "?role=SCPM&lang=en");

        assertThat(page.select("#members tbody th").eachText()).containsExactly("Ana Test", "Boris Test", GREEK_NAME);
        assertThat(page.select("#members td.readiness").eachText()).containsExactly("100 %", "39 %", "61 %");
        assertThat(page.select("#heatmap th.member").eachText()).containsExactly("Ana Test", "Boris Test", GREEK_NAME);
        assertThat(cells(page, "B.1"))
                .extracting(Element::className, e -> e.ownText().strip())
                .containsExactly(tuple("heat heat-0", "4"), tuple("heat heat-1", "3"), tuple("heat heat-2", "2"));
        assertThat(cells(page, "B.1").get(1).select(".visually-hidden").text())
                .isEqualTo("– short of the required level by 1");
        assertThat(cells(page, "A.6"))
                .extracting(Element::className)
                .containsExactly("heat heat-0", "heat heat-2", "heat heat-0");
        assertThat(page.select("tr[data-competence=B.1] td.below").text()).isEqualTo("2");
        assertThat(page.select("#team-gaps tbody tr").eachAttr("data-competence"))
                .containsExactly(
                        "D.6", "D.7", "A.7", "A.8", "D.1", "D.8", "D.9", "B.1", "B.2", "B.3", "B.4", "B.5", "B.6",
                        "B.8", "B.9", "B.10", "A.3", "A.6", "A.10", "C.5", "C.6", "C.10", "D.2", "D.5", "B.7");
        assertThat(page.select("#needs tbody tr"))
                .extracting(
                        r -> r.attr("data-unit"),
                        r -> r.select(".people").text(),
                        r -> r.select(".hours").text())
                .containsExactly(tuple("B-U2", "2", "100"), tuple("D-U1", "2", "40"), tuple("B-U1", "1", "25"));
        assertThat(page.select("#needs a").eachAttr("href")).contains("/curricula/units/B-U2");
        assertThat(page.select("#total-hours").text()).isEqualTo("165");
        assertThat(page.select("#not-shared").text()).endsWith(": 2");
        assertThat(page.text()).doesNotContain("Dimitar", "Outsider", NOTE);
    }

    @Test
    void answersTheSameOverTheApiWithoutNotes() {
        City city = city();

        String json = api(city.hrToken(), city.api() + "?role=SCPM&framework=skills4cities&lang=bg", 200);

        assertThat(JsonPath.<List<String>>read(json, "$.members[*].name"))
                .containsExactly("Ana Test", "Boris Test", GREEK_NAME);
        assertThat(JsonPath.<List<Integer>>read(json, "$.members[*].readiness")).containsExactly(100, 39, 61);
        assertThat(JsonPath.<Integer>read(json, "$.members[1].levels['B.1']")).isEqualTo(3);
        assertThat(JsonPath.<List<List<Integer>>>read(json, "$.rows[?(@.competence == 'B.1')].levels"))
                .containsExactly(List.of(4, 3, 2));
        assertThat(JsonPath.<List<Integer>>read(json, "$.rows[?(@.competence == 'B.1')].totalGap"))
                .containsExactly(3);
        assertThat(JsonPath.<List<String>>read(json, "$.gaps")).hasSize(25).startsWith("D.6", "D.7", "A.7");
        assertThat(JsonPath.<List<String>>read(json, "$.needs[*].unit")).containsExactly("B-U2", "D-U1", "B-U1");
        assertThat(JsonPath.<Integer>read(json, "$.totalHours")).isEqualTo(165);
        assertThat(JsonPath.<Integer>read(json, "$.notShared")).isEqualTo(2);
        assertThat(JsonPath.<String>read(json, "$.language")).isEqualTo("bg");
        assertThat(JsonPath.<String>read(json, "$.needs[0].title")).isEqualTo("Напреднало планиране");
        assertThat(json).doesNotContain(NOTE, "Dimitar", "\"note\"");
    }

    @Test
    void dropsAMemberWhoWithdrawsTheirAssessment() {
        City city = city();

        assertThat(mvc.post()
                        .uri("/assessments/" + city.borisShare() + "/organisations")
                        .with(as(city.boris()))
                        .with(csrf())
                        .param("organisation", city.organisation().id().toString())
                        .param("action", "withdraw"))
                .hasStatus3xxRedirection();

        Document page = page(city.hr(), city.page() + "?role=SCPM&lang=en");
        assertThat(page.select("#heatmap th.member").eachText()).containsExactly("Ana Test", GREEK_NAME);
        assertThat(page.select("#needs tbody tr").eachAttr("data-unit")).containsExactly("B-U1", "B-U2", "D-U1");
        assertThat(page.select("#total-hours").text()).isEqualTo("95");
        assertThat(page.select("#not-shared").text()).endsWith(": 3");
        String json = api(city.hrToken(), city.api() + "?role=SCPM", 200);
        assertThat(JsonPath.<List<String>>read(json, "$.members[*].name")).containsExactly("Ana Test", GREEK_NAME);
    }

    @Test
    void keepsAMemberWhoLaterSharesAnAssessmentAgainstTheCitysAdaptation() {
        City city = city();
        String adaptation = "sofia-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post()
                        .uri("/api/v1/frameworks/skills4cities/versions/"
                                + catalogue.get("skills4cities").version() + "/adaptations")
                        .header("Authorization", "Bearer " + city.hrToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + adaptation + "\",\"organisation\":\""
                                + city.organisation().id() + "\"}"))
                .hasStatus(201);

        share(city.ana(), city.organisation(), assess(city.ana(), adaptation, Stream.of(rating("A.1", 1, null))));

        String reference = api(city.hrToken(), city.api(), 200);
        assertThat(JsonPath.<List<String>>read(reference, "$.members[*].name"))
                .containsExactly("Ana Test", "Boris Test", GREEK_NAME);
        assertThat(JsonPath.<Integer>read(reference, "$.members[0].readiness")).isEqualTo(100);
        String adapted = api(city.hrToken(), city.api() + "?framework=" + adaptation, 200);
        assertThat(JsonPath.<List<String>>read(adapted, "$.members[*].name")).containsExactly("Ana Test");
    }

    @Test
    void exportsTheSameAsAWorkbookInTheReadersLanguage() throws Exception {
        City city = city();

        var response = mvc.get()
                .uri(city.page() + ".xlsx?role=SCPM&lang=el")
                .with(as(city.hr()))
                .exchange()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"team-scpm-el.xlsx\"; filename*=UTF-8''")
                .contains("%CE%A0%CF%81%CE%BF%CE%B2%CE%BF%CE%BB%CE%AE"); // Προβολή
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(Stream.of(0, 1, 2).map(book::getSheetName))
                    .containsExactly("Θερμικός χάρτης", "Κενά της ομάδας", "Ανάγκες κατάρτισης");
            Sheet heatmap = book.getSheetAt(0);
            assertThat(texts(heatmap.getRow(0)))
                    .startsWith("Κωδικός", "Ικανότητα", "Απαιτούμενο επίπεδο")
                    .contains(GREEK_NAME);
            assertThat(heatmap.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(heatmap.getPaneInformation().getVerticalSplitLeftColumn())
                    .isEqualTo((short) 2);
            Row b1 = row(heatmap, "B.1");
            assertThat(b1.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(b1.getCell(1).getStringCellValue())
                    .isEqualTo(catalogue
                            .get("skills4cities")
                            .competence("B.1")
                            .orElseThrow()
                            .title()
                            .in(Language.EL)
                            .text());
            assertThat(Stream.of(4, 5, 6).map(c -> b1.getCell(c).getNumericCellValue()))
                    .containsExactly(4.0, 3.0, 2.0);
            assertThat(Stream.of(4, 5, 6).map(c -> fill(b1, c))).containsExactlyElementsOf(TeamWorkbook.FILLS);
            assertThat(b1.getCell(7).getNumericCellValue()).isEqualTo(2.0);
            Sheet gaps = book.getSheetAt(1);
            assertThat(gaps.getRow(1).getCell(0).getStringCellValue()).isEqualTo("D.6");
            assertThat(gaps.getLastRowNum()).isEqualTo(25);
            Sheet needs = book.getSheetAt(2);
            assertThat(Stream.of(1, 2, 3).map(r -> needs.getRow(r).getCell(0).getStringCellValue()))
                    .containsExactly("B-U2", "D-U1", "B-U1");
            assertThat(needs.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Προχωρημένος σχεδιασμός");
            assertThat(needs.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(165.0);
        }
        assertThat(audit.latest(20, city.organisation().id()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("team.exported"));
    }

    @Test
    void isNotFoundForAMemberOfTheCityAnHrManagerOfAnotherCityAndAnyoneOutside() {
        City city = city();
        City other = city();

        for (Account stranger : List.of(city.ana(), other.hr())) {
            assertThat(mvc.get().uri(city.page()).with(as(stranger))).hasStatus(404);
            assertThat(mvc.get().uri(city.page() + ".xlsx").with(as(stranger))).hasStatus(404);
        }
        String anasToken = tokens.create(city.ana().id(), "test").secret();
        for (String token : List.of(anasToken, other.hrToken())) {
            String problem = api(token, city.api() + "?lang=de", 404);
            assertThat(JsonPath.<String>read(problem, "$.title")).isEqualTo("Nicht gefunden");
            assertThat(problem).doesNotContain("Ana Test");
        }
    }

    @Test
    void refusesAnUnknownRoleNamingIt() {
        City city = city();

        String problem = api(city.hrToken(), city.api() + "?role=NOPE", 400);

        assertThat(JsonPath.<String>read(problem, "$.problems[0].field")).isEqualTo("role");
        assertThat(JsonPath.<String>read(problem, "$.problems[0].message")).contains("NOPE");
        assertThat(mvc.get().uri(city.page() + "?role=NOPE").with(as(city.hr())))
                .hasStatus(400)
                .bodyText()
                .contains("NOPE");
    }

    @Test
    void leavesTheAssessmentApiItsProblemDetailsBesideThePagesErrors() {
        var refused = mvc.post()
                .uri("/api/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"framework\":\"skills4cities\",\"role\":\"NOPE\"}")
                .exchange()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void linksTheTeamViewFromTheOrganisationPageForItsHrManagerOnly() {
        City city = city();

        assertThat(page(city.hr(), "/organisations/" + city.organisation().id()).select("#team-view"))
                .singleElement()
                .extracting(e -> e.attr("href"))
                .isEqualTo(city.page());
        assertThat(page(city.ana(), "/organisations/" + city.organisation().id())
                        .select("#team-view"))
                .isEmpty();
    }

    @Test
    void speaksEveryLanguageOnThePage() throws IOException {
        City city = city();
        Set<String> english = words(shown(page(city.hr(), city.page() + "?lang=en"), city));

        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Document page = page(city.hr(), city.page() + "?lang=" + language.code());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(page.select("#heatmap td.heat")).hasSize(25 * 3);
            Set<String> left = words(shown(page, city));
            left.retainAll(english);
            left.removeAll(vocabulary(language));
            assertThat(left).as("English words on the %s page", language).isEmpty();
        }
    }

    /** Builds the city of this class's description; every call makes a new one with new people. */
    private City city() {
        List<Requirement> scpm =
                catalogue.get("skills4cities").role("SCPM").orElseThrow().requirements();
        assertThat(scpm.stream()
                        .filter(Requirement::mandatory)
                        .mapToInt(Requirement::level)
                        .sum())
                .as("the reference framework's SCPM requirements, which the figures here were computed from")
                .isEqualTo(65);
        assertThat(scpm.stream()
                        .filter(r -> !r.mandatory())
                        .mapToInt(Requirement::level)
                        .sum())
                .isEqualTo(13);
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account hr = TestAccounts.active(accounts, passwords, "HR Sofia");
        Organisation city =
                organisations.create(admin, "Sofia " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), hr.id(), Role.HR_MANAGER);
        String hrToken = tokens.create(hr.id(), "test").secret();
        Account ana = member(city, hrToken, "Ana Test");
        Account boris = member(city, hrToken, "Boris Test");
        Account chrysa = member(city, hrToken, "Chrysa");
        accounts.update(chrysa.id(), GREEK_NAME, Language.EL);
        Account dimitar = member(city, hrToken, "Dimitar Test");
        Account outsider = TestAccounts.active(accounts, passwords, "Outsider Test");

        share(ana, city, assess(ana, scpm.stream().map(r -> rating(r.competence(), r.level(), NOTE))));
        String borisShare =
                assess(boris, competences().filter(c -> c.startsWith("B.")).map(c -> rating(c, 3, null)));
        share(boris, city, borisShare);
        share(chrysa, city, assess(chrysa, competences().map(c -> rating(c, 2, null))));
        assess(dimitar, competences().map(c -> rating(c, 5, null)));
        String outsiders = assess(outsider, competences().map(c -> rating(c, 5, null)));
        assertThat(shareAs(outsider, city, outsiders))
                .as("sharing with a city one is not a member of")
                .isEqualTo(404);
        return new City(city, hr, hrToken, ana, boris, borisShare);
    }

    /** An account the HR manager invites over the API, which accepts the mailed invitation on the page. */
    private Account member(Organisation city, String hrToken, String name) {
        Account account = TestAccounts.active(accounts, passwords, name);
        assertThat(mvc.post()
                        .uri("/api/v1/organisations/" + city.id() + "/invitations")
                        .header("Authorization", "Bearer " + hrToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + account.email() + "\",\"role\":\"learner\"}"))
                .hasStatus(202);
        String invitation = Mails.awaitTo(outbox, account.email(), "/invitations/")
                .body()
                .replaceAll("(?s).*/invitations/([A-Za-z0-9_-]+).*", "$1");
        assertThat(mvc.post()
                        .uri("/invitations/" + invitation)
                        .with(as(account))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        return account;
    }

    /** Creates the account's assessment over the API with its own token; answers its id. */
    private String assess(Account account, Stream<String> ratings) {
        return assess(account, "skills4cities", ratings);
    }

    private String assess(Account account, String framework, Stream<String> ratings) {
        String body =
                "{\"framework\":\"" + framework + "\",\"ratings\":[" + ratings.collect(Collectors.joining(",")) + "]}";
        byte[] created = mvc.post()
                .uri("/api/v1/assessments")
                .header(
                        "Authorization",
                        "Bearer " + tokens.create(account.id(), "test").secret())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        return JsonPath.read(new String(created, StandardCharsets.UTF_8), "$.id");
    }

    private void share(Account account, Organisation city, String assessment) {
        assertThat(shareAs(account, city, assessment)).isEqualTo(302);
    }

    private int shareAs(Account account, Organisation city, String assessment) {
        return mvc.post()
                .uri("/assessments/" + assessment + "/organisations")
                .with(as(account))
                .with(csrf())
                .param("organisation", city.id().toString())
                .exchange()
                .getResponse()
                .getStatus();
    }

    private Stream<String> competences() {
        return catalogue.get("skills4cities").competences().stream().map(FrameworkItem::code);
    }

    private static String rating(String competence, int level, String note) {
        return "{\"competence\":\"" + competence + "\",\"level\":" + level
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    private Document page(Account account, String path) {
        var response = mvc.get().uri(path).with(as(account)).exchange().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private String api(String token, String path, int status) {
        var response = mvc.get()
                .uri(path)
                .header("Authorization", "Bearer " + token)
                .exchange()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<Element> cells(Document page, String competence) {
        return page.select("tr[data-competence=" + competence + "] td.heat");
    }

    private static List<String> texts(Row row) {
        return IntStream.rangeClosed(0, row.getLastCellNum() - 1)
                .mapToObj(c -> row.getCell(c).getStringCellValue())
                .toList();
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + code);
    }

    private static String fill(Row row, int column) {
        return ((XSSFCellStyle) row.getCell(column).getCellStyle())
                .getFillForegroundXSSFColor()
                .getARGBHex()
                .substring(2);
    }

    /** The text of the page's main part, without the names of the people and the city. */
    private static String shown(Document page, City city) {
        return page.select("main")
                .text()
                .replace(city.organisation().name(), " ")
                .replace(GREEK_NAME, " ")
                .replaceAll("(Ana|Boris) Test", " ");
    }

    /** The words a language's own interface messages and framework texts use. */
    private Set<String> vocabulary(Language language) throws IOException {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/" + InterfaceMessages.fileName(language))) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> own = new HashSet<>();
        messages.values().forEach(text -> own.addAll(words(text.toString())));
        TranslatableText.of(catalogue.get("skills4cities"))
                .forEach(t -> own.addAll(words(t.text().in(language).text())));
        return own;
    }

    /** The words of a text, lower-cased, leaving out codes and acronyms (in capitals or with digits). */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*").matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (!word.equals(word.toUpperCase(Locale.ROOT)) && !word.matches(".*\\d.*")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static RequestPostProcessor as(Account account) {
        return user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
